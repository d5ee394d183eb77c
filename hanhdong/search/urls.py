from django.urls import path

from hanhdong.search import views

app_name = "search"
urlpatterns = [
    path("tim-kiem/", views.results, name="results"),
]

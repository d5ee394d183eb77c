from django.urls import path

from hanhdong.signals import views

app_name = "signals"
urlpatterns = [
    path("communes/<int:pk>/signals/", views.signals_page, name="list"),
    path("communes/<int:pk>/signals/thresholds/", views.thresholds, name="thresholds"),
    path("communes/<int:pk>/signals/remind/", views.remind, name="remind"),
]

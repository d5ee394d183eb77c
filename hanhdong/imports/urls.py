from django.urls import path

from hanhdong.imports import views

app_name = "imports"
urlpatterns = [
    path("communes/<int:commune_pk>/import/", views.upload, name="upload"),
    path("imports/<int:pk>/", views.preview, name="preview"),
    path("imports/<int:pk>/discard/", views.discard, name="discard"),
]

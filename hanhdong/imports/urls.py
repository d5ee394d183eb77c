from django.urls import path

from hanhdong.imports import views

app_name = "imports"
urlpatterns = [
    path("communes/<int:commune_pk>/import/", views.upload, name="upload"),
    path("imports/<int:pk>/", views.preview, name="preview"),
    path("imports/<int:pk>/discard/", views.discard, name="discard"),
    path("imports/reading/<int:pk>/", views.job, name="job"),
    path("imports/reading/<int:pk>/discard/", views.job_discard, name="job_discard"),
]

from django.urls import path

from hanhdong.feedback import views

app_name = "feedback"
urlpatterns = [
    path("gop-y/theo-doi/", views.track, name="track"),
    path("gop-y/<slug:commune_code>/", views.submit, name="submit"),
    path("gop-y/<slug:commune_code>/da-tra-loi/", views.public_list, name="public_list"),
    path("communes/<int:commune_pk>/feedback/", views.staff_list, name="staff_list"),
    path("communes/<int:commune_pk>/feedback/new/", views.intake, name="intake"),
    path("feedback/<int:pk>/", views.handle, name="handle"),
]

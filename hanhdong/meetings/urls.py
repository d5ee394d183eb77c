from django.urls import path

from hanhdong.meetings import views

app_name = "meetings"
urlpatterns = [
    path("communes/<int:pk>/meetings/", views.meetings, name="list"),
    path("meetings/<int:pk>/", views.meeting, name="meeting"),
]

from django.urls import path

from hanhdong.meetings import views

app_name = "meetings"
urlpatterns = [
    path("communes/<int:pk>/meetings/", views.meetings, name="list"),
    path("communes/<int:pk>/meetings/new/", views.meeting_new, name="new"),
    path("meetings/<int:pk>/", views.meeting, name="meeting"),
    path("meetings/<int:pk>/edit/", views.meeting_edit, name="edit"),
    path("meetings/<int:pk>/conclusions/", views.conclude, name="conclude"),
    path("meetings/<int:pk>/issue/", views.issue, name="issue"),
    path("meetings/<int:pk>/notice.docx", views.notice_file, name="notice"),
]

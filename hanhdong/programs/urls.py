from django.urls import path

from hanhdong.programs import views

app_name = "programs"
urlpatterns = [
    path("", views.home, name="home"),
    path("communes/<int:pk>/", views.commune, name="commune"),
    path("programs/<int:pk>/", views.overview, name="overview"),
    path("programs/<int:pk>/sections/", views.sections, name="sections"),
    path("programs/<int:pk>/tasks/", views.tasks, name="tasks"),
    path("programs/<int:pk>/history/", views.program_history, name="history"),
    path("tasks/<int:pk>/", views.task_detail, name="task"),
    path("tasks/<int:pk>/edit/", views.task_edit, name="task_edit"),
]

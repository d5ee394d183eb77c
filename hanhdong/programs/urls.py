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
    path("programs/<int:pk>/revisions/<int:number>/", views.revision, name="revision"),
    path("programs/<int:pk>/edit/", views.program_edit, name="edit"),
    path("programs/<int:pk>/targets/new/", views.target_create, name="target_create"),
    path("sections/<int:pk>/edit/", views.section_edit, name="section_edit"),
    path("targets/<int:pk>/edit/", views.target_edit, name="target_edit"),
    path("tasks/<int:pk>/", views.task_detail, name="task"),
    path("tasks/<int:pk>/edit/", views.task_edit, name="task_edit"),
]

from django.urls import path

from hanhdong.oversight import views

app_name = "oversight"
urlpatterns = [
    path("communes/<int:pk>/", views.home, name="home"),
    path("communes/<int:pk>/programs/new/", views.program_new, name="program_new"),
    path("communes/<int:pk>/inspections/new/", views.inspection_new, name="inspection_new"),
    path("communes/<int:pk>/targets/link/", views.link_new, name="link_new"),
    path("communes/<int:pk>/supervisions/new/", views.supervision_new, name="supervision_new"),
    path("programs/<int:pk>/", views.program, name="program"),
    path("programs/<int:pk>/items/new/", views.item_new, name="item_new"),
    path("items/<int:pk>/edit/", views.item_edit, name="item_edit"),
    path("inspections/<int:pk>/", views.inspection, name="inspection"),
    path("inspections/<int:pk>/work/", views.inspection_work, name="work"),
    path("inspections/<int:pk>/edit/", views.inspection_edit, name="inspection_edit"),
    path("inspections/<int:pk>/conclude/", views.conclude, name="conclude"),
    path("inspections/<int:pk>/conclusion.docx", views.conclusion_file, name="conclusion"),
    path("targets/links/<int:pk>/remove/", views.link_remove, name="link_remove"),
    path("supervisions/<int:pk>/", views.supervision, name="supervision"),
    path("supervisions/<int:pk>/issue/", views.supervision_issue, name="supervision_issue"),
    path("supervisions/<int:pk>/edit/", views.supervision_edit, name="supervision_edit"),
    path("supervisions/<int:pk>/petitions/", views.petition_new, name="petition_new"),
]

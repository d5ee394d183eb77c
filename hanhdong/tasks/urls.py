from django.urls import path

from hanhdong.tasks import views

app_name = "tasks"
urlpatterns = [
    path("communes/<int:pk>/assigned/", views.task_list, name="list"),
    path("communes/<int:pk>/assigned/settings/", views.task_settings, name="settings"),
    path("communes/<int:pk>/ranking/", views.ranking, name="ranking"),
    path("xep-hang/<slug:commune_code>/", views.public_ranking, name="public_ranking"),
    path("communes/<int:pk>/directives/", views.directives, name="directives"),
    path("communes/<int:pk>/directives/new/", views.directive_new, name="directive_new"),
    path("communes/<int:pk>/directives/import/", views.directive_import, name="import"),
    path("directives/<int:pk>/review/", views.import_review, name="import_review"),
    path("directives/<int:pk>/", views.directive, name="directive"),
    path("directives/<int:pk>/edit/", views.directive_edit, name="directive_edit"),
    path("directives/<int:pk>/issue/", views.directive_issue, name="directive_issue"),
    path("directives/<int:pk>/tasks/new/", views.task_new, name="task_new"),
    path("programs/<int:pk>/carried-out/", views.coverage, name="coverage"),
    path("programs/<int:pk>/carried-out/city/", views.city_link, name="city_link"),
    path("cities/<int:pk>/carried-out/", views.city_coverage, name="city_coverage"),
    path("assigned/<int:pk>/", views.task, name="task"),
    path("assigned/<int:pk>/edit/", views.task_edit, name="task_edit"),
    path("assigned/<int:pk>/progress/", views.progress, name="progress"),
    path("assigned/<int:pk>/close/", views.close, name="close"),
    path("assigned/<int:pk>/confirm/", views.confirm, name="confirm"),
    path("assigned/<int:pk>/hold/", views.hold, name="hold"),
    path("assigned/<int:pk>/product/", views.product, name="product"),
]

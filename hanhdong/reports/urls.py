from django.urls import path

from hanhdong.reports import indicator_views, views

app_name = "reports"
urlpatterns = [
    path("programs/<int:pk>/dashboard/", views.dashboard, name="dashboard"),
    path("programs/<int:pk>/calendar/", views.calendar_edit, name="calendar"),
    path("programs/<int:pk>/requests/new/", views.adhoc, name="adhoc"),
    path("programs/<int:pk>/indicators/", indicator_views.sheets, name="indicator_sheets"),
    path("programs/<int:pk>/indicators/new/", indicator_views.sheet_new, name="indicator_new"),
    path("indicators/<int:pk>/edit/", indicator_views.sheet_edit, name="indicator_edit"),
    path("indicators/<int:pk>/upload/", indicator_views.upload, name="indicator_upload"),
    path("indicators/<int:pk>/take-in/", indicator_views.take_in, name="indicator_take_in"),
    path("my-tasks/", views.mine, name="mine"),
    path("to-review/", views.review_queue, name="review_queue"),
    path("tasks/<int:task_pk>/reports/", views.task_reports, name="task_reports"),
    path("tasks/<int:task_pk>/reports/<int:period_pk>/", views.report, name="report"),
    path("tasks/<int:task_pk>/reports/<int:period_pk>/review/", views.review, name="review"),
    path(
        "tasks/<int:task_pk>/reports/<int:period_pk>/contribute/",
        views.contribute,
        name="contribute",
    ),
    path("cities/<int:pk>/dashboard/", views.city, name="city"),
    path("nation/dashboard/", views.nation, name="nation"),
    path("attachments/<int:pk>/", views.attachment, name="attachment"),
]

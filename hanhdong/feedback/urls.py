from django.conf import settings
from django.urls import path, re_path

from hanhdong.feedback import open311, views

app_name = "feedback"
FMT = r"(?P<fmt>json|xml)"
urlpatterns = [
    path("gop-y/theo-doi/", views.track, name="track"),
    path("gop-y/<slug:commune_code>/", views.submit, name="submit"),
    path("gop-y/<slug:commune_code>/da-tra-loi/", views.public_list, name="public_list"),
    path("communes/<int:commune_pk>/feedback/", views.staff_list, name="staff_list"),
    path("communes/<int:commune_pk>/feedback/new/", views.intake, name="intake"),
    path("communes/<int:commune_pk>/feedback/settings/", views.settings_edit, name="settings"),
    path("feedback/<int:pk>/", views.handle, name="handle"),
    path("feedback/files/<int:pk>/", views.attachment, name="attachment"),
    path("gop-y/<slug:commune_code>/thong-ke/", views.public_stats, name="public_stats"),
    path("communes/<int:commune_pk>/feedback/stats/", views.staff_stats, name="stats"),
    re_path(rf"^open311/v2/discovery\.{FMT}$", open311.discovery, name="o311_discovery"),
    re_path(rf"^open311/v2/services\.{FMT}$", open311.service_list, name="o311_services"),
    re_path(
        rf"^open311/v2/services/(?P<code>[\w-]+)\.{FMT}$",
        open311.service_definition,
        name="o311_service",
    ),
    re_path(rf"^open311/v2/requests\.{FMT}$", open311.request_list, name="o311_requests"),
    re_path(
        rf"^open311/v2/requests/(?P<code>[\w-]+)\.{FMT}$",
        open311.request_detail,
        name="o311_request",
    ),
]

if settings.HANHDONG_BENCH:
    urlpatterns.append(path("bench/insert/", views.bench_insert))

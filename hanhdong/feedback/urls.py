from django.urls import path, re_path

from hanhdong.feedback import open311, views

app_name = "feedback"
FMT = r"(?P<fmt>json|xml)"
urlpatterns = [
    path("gop-y/", views.public_home, name="public_home"),
    path("gop-y/theo-doi/", views.track, name="track"),
    path("gop-y/theo-doi/danh-gia/", views.rate, name="rate"),
    path("gop-y/theo-doi/khong-dong-y/", views.reopen, name="reopen"),
    path("gop-y/<slug:commune_code>/", views.submit, name="submit"),
    path("gop-y/<slug:commune_code>/da-tra-loi/", views.public_list, name="public_list"),
    path("gop-y/<slug:commune_code>/thong-ke/", views.public_stats, name="public_stats"),
    path("communes/<int:commune_pk>/feedback/", views.staff_list, name="staff_list"),
    path("communes/<int:commune_pk>/feedback/new/", views.intake, name="intake"),
    path("communes/<int:commune_pk>/feedback/settings/", views.settings_edit, name="settings"),
    path("communes/<int:commune_pk>/feedback/keys/", views.key_issue, name="key_issue"),
    path("feedback/keys/<int:pk>/revoke/", views.key_revoke, name="key_revoke"),
    path("communes/<int:commune_pk>/feedback/stats/", views.staff_stats, name="stats"),
    path("feedback/<int:pk>/", views.handle, name="handle"),
    # the steps of the handling, one URL each
    path("feedback/<int:pk>/accept/", views.accept, name="accept"),
    path("feedback/<int:pk>/reject/", views.reject, name="reject"),
    path("feedback/<int:pk>/assign/", views.assign, name="assign"),
    path("feedback/<int:pk>/extend/", views.extend, name="extend"),
    path("feedback/<int:pk>/start/", views.start, name="start"),
    path("feedback/<int:pk>/answer/", views.answer, name="answer"),
    path("feedback/<int:pk>/close/", views.close, name="close"),
    path("feedback/<int:pk>/link/", views.link, name="link"),
    path("feedback/<int:pk>/kind/", views.kind, name="kind"),
    path("feedback/<int:pk>/join/", views.join, name="join"),
    path("feedback/<int:pk>/publish/", views.publish, name="publish"),
    path("feedback/<int:pk>/unpublish/", views.unpublish, name="unpublish"),
    path("feedback/files/<int:pk>/", views.attachment, name="attachment"),
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

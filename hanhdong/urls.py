from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from hanhdong.api import tasks as _assigned_tasks_api  # noqa: F401 - registers its operations
from hanhdong.api.api import api
from hanhdong.orgs import account

urlpatterns = [
    # first: the citizens' pages (the form, the tracking page) are the most requested, and a
    # path is matched against the patterns in order; no other app's pattern overlaps these
    path("", include("hanhdong.feedback.urls")),
    path("", include("hanhdong.programs.urls")),
    path("orgs/", include("hanhdong.orgs.urls")),
    path("", include("hanhdong.imports.urls")),
    path("", include("hanhdong.reports.urls")),
    path("", include("hanhdong.exports.urls")),
    path("", include("hanhdong.tasks.urls")),
    path("", include("hanhdong.meetings.urls")),
    path("", include("hanhdong.signals.urls")),
    path("oversight/", include("hanhdong.oversight.urls")),
    path("evaluations/", include("hanhdong.evaluations.urls")),
    path("", include("hanhdong.search.urls")),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    # a forgotten password: a link by email, valid for a few days (PASSWORD_RESET_TIMEOUT)
    path("password/reset/", auth_views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "password/reset/sent/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "password/reset/<uidb64>/<token>/",
        account.PasswordResetConfirm.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "password/reset/done/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("password/", account.PasswordChange.as_view(), name="password_change"),
    path(
        "password/changed/",
        auth_views.PasswordChangeDoneView.as_view(),
        name="password_change_done",
    ),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", api.urls),
    path("admin/", admin.site.urls),
]

# the error pages in the user's language, with the way back (JSON under /api/)
handler400 = "hanhdong.errors.bad_request"
handler403 = "hanhdong.errors.permission_denied"
handler404 = "hanhdong.errors.page_not_found"
handler500 = "hanhdong.errors.server_error"

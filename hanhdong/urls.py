from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from hanhdong.api.api import api

urlpatterns = [
    path("", include("hanhdong.programs.urls")),
    path("orgs/", include("hanhdong.orgs.urls")),
    path("", include("hanhdong.imports.urls")),
    path("", include("hanhdong.reports.urls")),
    path("", include("hanhdong.exports.urls")),
    path("", include("hanhdong.feedback.urls")),
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/v1/", api.urls),
    path("admin/", admin.site.urls),
]

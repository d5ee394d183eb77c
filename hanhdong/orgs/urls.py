from django.urls import path

from hanhdong.orgs import account, inbox, views

app_name = "orgs"
urlpatterns = [
    # one's own account; every URL under account/2fa/ stays open until the code is given
    path("account/", account.account, name="account"),
    path("account/2fa/", account.second_factor, name="second_factor"),
    path("account/2fa/setup/", account.setup, name="setup"),
    path("account/2fa/setup/confirm/", account.confirm, name="confirm"),
    path("account/2fa/remove/", account.remove, name="remove"),
    path("notifications/", inbox.notifications, name="notifications"),
    path("notifications/<int:pk>/", inbox.notification, name="notification"),
    path("notifications/read/", inbox.notifications_read, name="notifications_read"),
    path("communes/", views.communes, name="communes"),
    path("cities/new/", views.city_create, name="city_create"),
    path("communes/<int:commune_pk>/units/", views.units, name="units"),
    path("communes/<int:commune_pk>/units/new/", views.unit_create, name="unit_create"),
    path("units/<int:pk>/edit/", views.unit_edit, name="unit_edit"),
    path("communes/<int:commune_pk>/users/", views.users, name="users"),
    path("communes/<int:commune_pk>/users/new/", views.user_create, name="user_create"),
    path("communes/<int:commune_pk>/users/import/", views.users_import, name="users_import"),
    path("communes/<int:commune_pk>/users/sheet.xlsx", views.users_template, name="users_sheet"),
    path("communes/<int:commune_pk>/users/<int:user_pk>/edit/", views.user_edit, name="user_edit"),
    path("communes/<int:commune_pk>/calendar/", views.calendar_days, name="calendar_days"),
    path("calendar-days/<int:pk>/remove/", views.calendar_day_remove, name="calendar_day_remove"),
    path(
        "communes/<int:commune_pk>/denunciations/",
        views.denunciation_handlers,
        name="denunciation_handlers",
    ),
]

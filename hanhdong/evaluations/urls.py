from django.urls import path

from hanhdong.evaluations import views

app_name = "evaluations"
urlpatterns = [
    path("communes/<int:pk>/", views.home, name="home"),
    path("communes/<int:pk>/sets/defaults/", views.sets_start, name="sets_start"),
    path("communes/<int:pk>/sets/new/", views.set_new, name="set_new"),
    path("sets/<int:pk>/", views.criteria_set, name="set"),
    path("sets/<int:pk>/edit/", views.set_edit, name="set_edit"),
    path("sets/<int:pk>/retire/", views.set_retire, name="set_retire"),
    path("sets/<int:pk>/criteria/new/", views.criterion_new, name="criterion_new"),
    path("criteria/<int:pk>/edit/", views.criterion_edit, name="criterion_edit"),
    path("criteria/<int:pk>/retire/", views.criterion_retire, name="criterion_retire"),
    path("communes/<int:pk>/rounds/new/", views.round_new, name="round_new"),
    path("rounds/<int:pk>/", views.round_view, name="round"),
    path("rounds/<int:pk>/refresh/", views.round_refresh, name="refresh"),
    path("rounds/<int:pk>/propose/", views.round_propose, name="propose"),
    path("rounds/<int:pk>/decide/", views.round_decide, name="decide"),
    path("rounds/<int:pk>/summary.<str:kind>", views.round_summary, name="summary"),
    path("rounds/<int:pk>/to-trinh.docx", views.round_proposal, name="proposal"),
    path("ratings/<int:pk>/", views.rating, name="rating"),
    path("ratings/<int:pk>/self/", views.rating_self, name="self"),
    path("ratings/<int:pk>/review/", views.rating_review, name="review"),
    path("ratings/<int:pk>/evidence/<int:criterion>/", views.rating_evidence, name="evidence"),
    path("ratings/<int:pk>/sheet.<str:kind>", views.rating_sheet, name="sheet"),
    path("communes/<int:pk>/scoring/new/", views.assessment_new, name="assessment_new"),
    path("scoring/<int:pk>/", views.assessment, name="assessment"),
    path("scoring/<int:pk>/score/", views.assessment_score, name="assessment_score"),
    path("scoring/<int:pk>/verify/", views.assessment_verify, name="assessment_verify"),
    path("communes/<int:pk>/models/", views.models_list, name="models"),
    path("models/<int:pk>/edit/", views.model_edit, name="model_edit"),
]

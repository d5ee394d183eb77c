from django.urls import path

from hanhdong.exports import views

app_name = "exports"
urlpatterns = [
    path("periods/<int:pk>/report/", views.consolidated, name="consolidated"),
    path("periods/<int:pk>/report/redraft/", views.redraft, name="redraft"),
    path("periods/<int:pk>/report.docx", views.consolidated_docx, name="docx"),
    path("periods/<int:pk>/report.pdf", views.consolidated_pdf, name="pdf"),
    path("periods/<int:pk>/workbook.xlsx", views.workbook, name="workbook"),
    path("periods/<int:pk>/brief.docx", views.brief, name="brief"),
    path("periods/<int:pk>/template.xlsx", views.template, name="template"),
    path("periods/<int:pk>/upload/", views.upload, name="upload"),
    path("communes/<int:pk>/register/", views.register_page, name="register"),
    path("register/<int:pk>/", views.register_entry, name="register_entry"),
    path("communes/<int:pk>/document-settings/", views.document_settings, name="document_settings"),
]

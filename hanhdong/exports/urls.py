from django.urls import path

from hanhdong.exports import views

app_name = "exports"
urlpatterns = [
    path("periods/<int:pk>/report/", views.consolidated, name="consolidated"),
    path("periods/<int:pk>/report.docx", views.consolidated_docx, name="docx"),
    path("periods/<int:pk>/report.pdf", views.consolidated_pdf, name="pdf"),
    path("periods/<int:pk>/workbook.xlsx", views.workbook, name="workbook"),
    path("periods/<int:pk>/template.xlsx", views.template, name="template"),
    path("periods/<int:pk>/upload/", views.upload, name="upload"),
]

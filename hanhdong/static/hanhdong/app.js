// hanhdong's own script, served from the app: the Content-Security-Policy lets pages run
// scripts from the app's files only, never from inline attributes.

// A form marked data-autosubmit sends itself as soon as one of its choices changes.
document.addEventListener("change", (event) => {
  const form = event.target.closest("form[data-autosubmit]");
  if (form) form.requestSubmit();
});

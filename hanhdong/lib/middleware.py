from django.conf import settings
from django.http import HttpResponseBadRequest, JsonResponse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers


class LanguageMiddleware:
    """Vietnamese unless the user chose another language (the set_language cookie).

    Django's LocaleMiddleware would follow the browser's Accept-Language, and most
    office PCs in a commune run an English Windows: the default must not depend on it.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.supported = {code for code, _name in settings.LANGUAGES}

    def __call__(self, request):
        chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        language = chosen if chosen in self.supported else settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        patch_vary_headers(response, ["Cookie"])
        return response


class RefuseNulMiddleware:
    """A NUL character in the address, the query string or a plain form is refused with 400:
    no one types it, PostgreSQL cannot store or compare it, XML cannot carry it. (A file
    upload's fields are read by the view: its forms refuse NUL themselves.)"""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        values = [request.path, *(v for _k, vs in request.GET.lists() for v in [_k, *vs])]
        if request.content_type == "application/x-www-form-urlencoded":
            values += [v for _k, vs in request.POST.lists() for v in [_k, *vs]]
        if any("\x00" in value for value in values):
            message = translation.gettext("The request holds a character that is not allowed.")
            if request.path.startswith("/api/"):  # the API answers in JSON, as documented
                return JsonResponse({"detail": message}, status=400)
            return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
        return self.get_response(request)


class StaffNoStoreMiddleware:
    """Nothing a logged-in user is shown is kept by the browser or a proxy: staff pages hold
    personal data, and an office PC is shared."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.user.is_authenticated:
            patch_cache_control(response, no_store=True, private=True)
        return response

from ninja import NinjaAPI

api = NinjaAPI(title="hanhdong", version="1", docs_url=None, urls_namespace="api")

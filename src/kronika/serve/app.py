"""`kronika serve`: one FastAPI application with the HTTP API (/api/...) and the web UI (/...).

    >>> from kronika.serve.app import Settings, create_app
    >>> app = create_app(Settings(db="kronika.db", token="secret"))   # then: uvicorn.run(app)

Access: reading is open unless `protect_reads` is set; writing (POST /api/documents) needs the
operator's token as `Authorization: Bearer TOKEN` and is off when no token is set. Browsers may
give the token as the password of HTTP Basic authentication (they ask for it on a 401).
Errors are JSON `{"error": "..."}` under /api and a short Polish page elsewhere; never a traceback.
"""

from __future__ import annotations

import base64
import hmac
import json
import logging
import os
from dataclasses import dataclass
from importlib import resources

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from kronika import __version__
from kronika.errors import StoreError

DEFAULT_MAX_BODY_BYTES = 5_000_000
TOKEN_ENV = "KRONIKA_TOKEN"
log = logging.getLogger("kronika.serve")


@dataclass(frozen=True)
class Settings:
    db: str | None = None  # as `open_store` takes it
    token: str | None = None  # needed to write; no token: writing is off
    protect_reads: bool = False  # reading needs the token too
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES

    @classmethod
    def from_env(cls, **given) -> "Settings":
        token = given.pop("token", None) or os.environ.get(TOKEN_ENV) or None
        return cls(token=token, **given)


def presented_token(request: Request) -> str | None:
    """The token from `Authorization: Bearer T` or from the password of `Authorization: Basic`."""
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer":
        return value.strip() or None
    if scheme.lower() == "basic":
        try:
            return base64.b64decode(value.strip(), validate=True).decode("utf-8").partition(":")[2] or None
        except (ValueError, UnicodeDecodeError):
            return None
    return None


def token_matches(settings: Settings, request: Request) -> bool:
    given = presented_token(request)
    return bool(settings.token and given and hmac.compare_digest(given.encode(), settings.token.encode()))


class BodyLimit:
    """Refuses request bodies over `limit` bytes with 413: by Content-Length when it is given,
    else by counting the bytes as they arrive (chunked uploads). The body is read here, at most
    `limit` bytes of it, and handed on whole."""

    def __init__(self, app, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            return await self._refuse(scope, send)
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return None
            body += message.get("body", b"")
            if len(body) > self.limit:
                return await self._refuse(scope, send)
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay():
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": bytes(body), "more_body": False}

        return await self.app(scope, replay, send)

    async def _refuse(self, scope, send):
        response = JSONResponse({"error": f"the request body is over the limit of {self.limit} bytes"},
                                status_code=413)
        await response(scope, None, send)


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/api")


def _error(request: Request, status: int, message: str, headers: dict | None = None, detail=None):
    if _wants_html(request):
        from kronika.serve.ui import error_page

        return error_page(request, status, message, headers)
    body = {"error": message}
    if detail is not None:
        body["detail"] = detail
    return JSONResponse(body, status_code=status, headers=headers)


def _validation_message(errors) -> str:
    parts = []
    for error in errors:
        where = ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "path", "body"))
        parts.append(f"{where or 'request'}: {error.get('msg', 'invalid')}")
    return "invalid request: " + "; ".join(parts)


def _warm_up() -> None:
    """Load what pages look up (the KB, the event types) before the first request, not during it."""
    from kronika.entities.kb import default_kb
    from kronika.events.types import load_schema

    default_kb()
    load_schema()


def create_app(settings: Settings | None = None, store=None) -> FastAPI:
    """The application over `store` (opened from `settings.db` when not given)."""
    from kronika.serve import api, ui

    settings = settings or Settings.from_env()
    if store is None:
        from kronika.store import open_store

        store = open_store(settings.db)
    app = FastAPI(
        title="Kronika",
        version=__version__,
        description="Polish news as an evidence-linked chronicle: documents, entities, quotations, sources, "
                    "events and the timeline, each fact with the sentence it comes from.",
        openapi_url="/api/openapi.json", docs_url=None, redoc_url=None,  # the docs pages load assets from a CDN
    )
    _warm_up()
    app.state.settings = settings
    app.state.store = store
    app.state.nlp = None

    @app.middleware("http")
    async def guard_reads(request: Request, call_next):
        protected = settings.protect_reads and not request.url.path.startswith("/static")
        if protected and not token_matches(settings, request):
            return _error(request, 401, "ten serwer wymaga tokenu dostępu" if _wants_html(request)
                          else "reading needs the token: Authorization: Bearer TOKEN",
                          {"WWW-Authenticate": 'Basic realm="Kronika"' if _wants_html(request) else "Bearer"})
        return await call_next(request)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError):
        errors = [{k: v for k, v in e.items() if k in ("loc", "msg", "type")} for e in error.errors()]
        return _error(request, 422, _validation_message(errors), detail=errors)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException):
        return _error(request, error.status_code, str(error.detail), getattr(error, "headers", None))

    @app.exception_handler(StoreError)
    async def store_error(request: Request, error: StoreError):
        return _error(request, 503, str(error))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception):
        log.exception("unexpected error on %s", request.url.path)
        return _error(request, 500, f"internal error: {type(error).__name__}")

    app.include_router(api.router)
    app.include_router(ui.router)
    static = resources.files("kronika.serve") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    return app


SETTINGS_ENV = "KRONIKA_SERVE_SETTINGS"  # how `kronika serve --workers N` hands its settings to each worker


def app_from_env() -> FastAPI:
    """The application of one of several worker processes (uvicorn factory)."""
    return create_app(Settings(**json.loads(os.environ[SETTINGS_ENV])))


def openapi_schema() -> dict:
    """The API's OpenAPI document as committed in schema/openapi.json (no store needed)."""

    class _NoStore:
        engine = None

    app = create_app(Settings(), store=_NoStore())
    schema = app.openapi()
    schema["paths"] = {path: item for path, item in schema["paths"].items() if path.startswith("/api")}
    return schema

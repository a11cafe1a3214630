"""The web UI: server-rendered pages in Polish over the same queries as the API.

Templates are Jinja2 with autoescaping on; the only markup not written by a template is the
highlighted article text, which `kronika.serve.highlight` builds by escaping every piece.
Assets are local (/static): no CDN, nothing fetched at run time.
"""

from __future__ import annotations

import math
from typing import Annotated, Any
from urllib.parse import quote, urlencode

import jinja2
from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from kronika.serve import queries
from kronika.serve.api import ENTITY_TYPES, Since, Until, checked_event_type, store
from kronika.serve.highlight import TYPE_NAMES, entity_url, highlighted_text

PAGE = 20
MAX_UI_PAGE = 10_000

MODALITIES = {"asserted": "stwierdzone", "reported": "według relacji", "promised": "obiecane",
              "planned": "planowane", "speculated": "przypuszczalne", "negated": "zaprzeczone"}
ROLES = {"agent": "kto", "partner": "z kim", "recipient": "wobec kogo", "theme": "co", "place": "gdzie",
         "target": "przeciw komu", "source": "według"}
KINDS = {"direct": "cytat bezpośredni", "indirect": "mowa zależna", "attribution": "relacja"}

router = APIRouter(include_in_schema=False)
environment = jinja2.Environment(loader=jinja2.PackageLoader("kronika.serve", "templates"), autoescape=True,
                                 undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
templates = Jinja2Templates(env=environment)
Page = Annotated[int, Query(ge=1, le=MAX_UI_PAGE)]
Text = Annotated[str | None, Query(max_length=200)]


def _event_label(type_: str) -> str:
    from kronika.events.types import load_schema

    known = load_schema().types.get(type_)
    return known.label if known is not None else type_


environment.filters.update(
    entity_url=entity_url,
    doc_url=lambda doc_id: "/documents/" + quote(doc_id, safe=""),
    source_url=lambda key: "/sources/" + quote(key, safe=""),
    modality=lambda m: MODALITIES.get(m, m),
    role=lambda r: ROLES.get(r, r),
    kind=lambda k: KINDS.get(k, k),
    type_name=lambda t: TYPE_NAMES.get(t, t),
    event_label=_event_label,
)


def _pager(request: Request, page: int, total: int | None, more: bool | None = None) -> dict[str, Any]:
    def link(n: int) -> str:
        params = {k: v for k, v in request.query_params.items() if k != "page" and v}
        return request.url.path + "?" + urlencode({**params, "page": n})

    pages = math.ceil(total / PAGE) if total is not None else None
    has_next = more if more is not None else page < (pages or 0)
    return {"page": page, "pages": pages, "prev": link(page - 1) if page > 1 else None,
            "next": link(page + 1) if has_next else None}


def render(request: Request, template_name: str, /, status: int = 200, headers: dict | None = None,
           **context) -> HTMLResponse:
    context.setdefault("title", "Kronika")
    return templates.TemplateResponse(request, template_name, context, status_code=status, headers=headers)


def error_page(request: Request, status: int, message: str, headers: dict | None = None) -> HTMLResponse:
    headline = {404: "Nie znaleziono", 422: "Niepoprawne parametry", 401: "Wymagany token",
                413: "Za duże zapytanie", 503: "Baza danych niedostępna"}.get(status, "Błąd")
    return render(request, "error.html", status=status, headers=headers, title=headline, headline=headline,
                  message=message)


def _offset(page: int) -> int:
    return (page - 1) * PAGE


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store=Depends(store)):
    return render(request, "home.html", stats=queries.stats(store),
                  latest=queries.list_documents(store, 10, 0)["items"],
                  people=queries.list_entities(store, 10, 0, type_="PER")["items"])


@router.get("/documents", response_class=HTMLResponse)
def documents(request: Request, store=Depends(store), page: Page = 1, entity: Text = None,
              since: Since = None, until: Until = None):
    found = queries.list_documents(store, PAGE, _offset(page), entity=entity or None, since=since, until=until)
    return render(request, "documents.html", title="Dokumenty", found=found, entity=entity or "",
                  since=since or "", until=until or "", pages=_pager(request, page, found["total"]))


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(request: Request, doc_id: str, store=Depends(store)):
    doc = queries.get_document(store, doc_id)
    if doc is None:
        raise HTTPException(404, f"W bazie nie ma dokumentu o identyfikatorze „{doc_id}”.")
    names = {e.id: e.name for e in doc.entities}
    return render(request, "document.html", title=doc.title or doc.id, doc=doc, names=names,
                  text=highlighted_text(doc), types=sorted({m.type for m in doc.mentions}))


@router.get("/entities", response_class=HTMLResponse)
def entities(request: Request, store=Depends(store), page: Page = 1, type: str | None = None,  # noqa: A002
             name: Text = None):
    if type and type not in ENTITY_TYPES:
        raise HTTPException(422, f"Nieznany typ encji „{type}” (dozwolone: {', '.join(ENTITY_TYPES)}).")
    found = queries.list_entities(store, PAGE, _offset(page), type_=type or None, name=name or None)
    return render(request, "entities.html", title="Encje", found=found, type=type or "", name=name or "",
                  types=queries.entity_types(store), pages=_pager(request, page, found["total"]))


@router.get("/entities/{key:path}", response_class=HTMLResponse)
def entity(request: Request, key: str, store=Depends(store)):
    found = queries.get_entity(store, key)
    if found is None:
        raise HTTPException(404, f"W bazie nie ma encji „{key}”.")
    return render(request, "entity.html", title=found["name"], e=found, graph=_graph(found))


def _graph(entity: dict[str, Any]) -> dict[str, Any]:
    """Positions for a small star graph: the entity in the middle, its companions around it."""
    width, height, radius = 560, 360, 140
    around = entity["neighbours"]
    most = max((n["shared_documents"] for n in around), default=1)
    nodes = []
    for i, n in enumerate(around):
        angle = 2 * math.pi * i / max(len(around), 1) - math.pi / 2
        nodes.append({**n, "x": round(width / 2 + radius * 1.5 * math.cos(angle)),
                      "y": round(height / 2 + radius * math.sin(angle)),
                      "weight": round(1 + 5 * n["shared_documents"] / most, 1)})
    return {"width": width, "height": height, "cx": width // 2, "cy": height // 2, "nodes": nodes}


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, store=Depends(store), page: Page = 1, entity: Text = None,
             type: str | None = None, since: Since = None, until: Until = None):  # noqa: A002
    type_ = checked_event_type(type or None)
    found = queries.timeline(store, PAGE, _offset(page), entity=entity or None, type_=type_, since=since, until=until)
    return render(request, "timeline.html", title="Oś czasu", found=found, entity=entity or "", type=type_ or "",
                  since=since or "", until=until or "", event_types=queries.event_types(store),
                  pages=_pager(request, page, found["total"]))


@router.get("/quotes", response_class=HTMLResponse)
def quotes(request: Request, store=Depends(store), page: Page = 1, speaker: Text = None, entity: Text = None,
           since: Since = None, until: Until = None):
    found = queries.list_quotes(store, PAGE, _offset(page), speaker=speaker or None, entity=entity or None,
                                since=since, until=until)
    return render(request, "quotes.html", title="Cytaty", found=found, speaker=speaker or "", entity=entity or "",
                  since=since or "", until=until or "", pages=_pager(request, page, found["total"]))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, store=Depends(store), q: Annotated[str, Query(max_length=500)] = "", page: Page = 1):
    found = queries.search(store, q, PAGE, _offset(page)) if q.strip() else None
    return render(request, "search.html", title="Szukaj", q=q, found=found,
                  pages=_pager(request, page, None, more=found["more"]) if found else None)


@router.get("/sources", response_class=HTMLResponse)
def sources(request: Request, store=Depends(store), page: Page = 1):
    found = queries.list_sources(store, PAGE, _offset(page), reports_per_source=3)
    return render(request, "sources.html", title="Źródła", found=found, pages=_pager(request, page, found["total"]))


@router.get("/sources/{key:path}", response_class=HTMLResponse)
def source(request: Request, key: str, store=Depends(store), page: Page = 1):
    found = queries.get_source(store, key, PAGE, _offset(page))
    if found is None:
        raise HTTPException(404, f"W bazie nie ma źródła „{key}”.")
    return render(request, "source.html", title=found["name"], s=found,
                  pages=_pager(request, page, found["reports"]["total"]))


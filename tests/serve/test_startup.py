"""Start-up prepares what the first requests would otherwise build while others wait."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from liaison.serve import create_app


def test_first_requests_find_every_route_ready(fixture_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """FastAPI builds an included router's request handlers on the first request that reaches it; the app
    asks once for a path no route matches while starting, so no client request builds one."""
    built: list[str] = []
    original = APIRoute.get_route_handler

    def counting(route: APIRoute) -> Any:
        built.append(route.path)
        return original(route)

    app = create_app(fixture_db)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        monkeypatch.setattr(APIRoute, "get_route_handler", counting)
        for path in ("/api/stats?by=year", "/api/stats/series?by=country", "/api/parties", "/explore", "/"):
            assert client.get(path).status_code == 200, path
        assert client.get("/no-such-page").status_code == 404
    assert built == []


def test_read_requests_take_one_hop_to_the_thread_pool(fixture_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With concurrent clients every hop to the thread pool waits for the interpreter: a read request makes
    one (its endpoint), not one more per dependency, nor one to validate the answer."""
    import fastapi.dependencies.utils
    import fastapi.routing

    hops: list[str] = []

    def counting(module: Any) -> Any:
        original = module.run_in_threadpool

        async def hop(func: Any, *args: Any, **kwargs: Any) -> Any:
            hops.append(getattr(func, "__name__", repr(func)))
            return await original(func, *args, **kwargs)

        return hop

    with TestClient(create_app(fixture_db), base_url="http://127.0.0.1") as client:
        person = client.get("/api/people", params={"limit": 1}).json()["items"][0]["person_id"]
        for module in (fastapi.routing, fastapi.dependencies.utils):
            monkeypatch.setattr(module, "run_in_threadpool", counting(module))
        for path in ("/api/stats?by=person&side=cpc", "/api/stats/series?by=country&kind=meeting",
                     f"/api/people/{person}", "/api/parties/cpc", "/api/search?q=Cai"):
            hops.clear()
            assert client.get(path).status_code == 200, path
            assert len(hops) == 1, (path, hops)

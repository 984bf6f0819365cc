"""graph.parallel: --jobs worker processes and --dask give the same graph as one process."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest

from graph.api import extract_articles, run_build
from graph.cli import main
from graph.io import serialize_dataset
from graph.model import Article, Extraction, ReadError
from graph.parallel import DaskError, extract_dask, extract_parallel, resolve_jobs
from graph.read import read_inputs
from graph.serial import to_json

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DEV = ROOT / "tests" / "data" / "dev" / "articles"


def _articles() -> list[Article]:
    return [a for a in read_inputs([str(SEEDS), str(DEV)]) if isinstance(a, Article)]


def _fingerprint(outcomes: list[Extraction | ReadError]) -> list[str]:
    return [to_json(o) if isinstance(o, Extraction) else f"error {o}" for o in outcomes]


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    found = _articles()
    assert len(found) > 20
    return found


@pytest.fixture(scope="module")
def serial(articles: list[Article]) -> list[str]:
    return _fingerprint(extract_parallel(articles, 1))


# --------------------------------------------------------------------------- processes


@pytest.mark.parametrize("jobs", [2, 3])
def test_workers_give_the_serial_result_in_input_order(
    articles: list[Article], serial: list[str], jobs: int
) -> None:
    assert _fingerprint(extract_parallel(articles, jobs)) == serial


def test_a_failing_article_does_not_lose_the_others(articles: list[Article]) -> None:
    bad = Article(id="bad.txt", text="Hello there, nothing here.", lang="xx", source="bad.txt")
    batch = [*articles[:5], bad, *articles[5:9]]
    outcomes = extract_parallel(batch, 2)
    assert len(outcomes) == len(batch)
    assert isinstance(outcomes[5], ReadError)
    assert outcomes[5].source == "bad.txt" and "not supported" in outcomes[5].reason
    others = [o for i, o in enumerate(outcomes) if i != 5]
    assert all(isinstance(o, Extraction) for o in others)
    assert [o.article.id for o in others] == [a.id for a in batch if a is not bad]


@pytest.mark.parametrize("jobs", [1, 2])
def test_extract_articles_keeps_read_errors_in_place(articles: list[Article], jobs: int) -> None:
    items: list[Article | ReadError] = [
        articles[0],
        ReadError("broken.txt", "not UTF-8"),
        articles[1],
        articles[2],
    ]
    extractions, errors = extract_articles(items, jobs=jobs)
    assert [e.article.id for e in extractions] == [a.id for a in articles[:3]]
    assert [str(e) for e in errors] == ["broken.txt: not UTF-8"]


def test_progress_reaches_the_total(articles: list[Article]) -> None:
    seen: list[tuple[int, int | None]] = []
    extract_parallel(articles[:12], 2, progress=lambda n, total, _name: seen.append((n, total)))
    assert seen and seen[-1] == (12, 12)
    assert [n for n, _ in seen] == sorted(n for n, _ in seen)


@pytest.mark.parametrize(("jobs", "expected"), [(1, 1), (4, 4)])
def test_resolve_jobs(jobs: int, expected: int) -> None:
    assert resolve_jobs(jobs) == expected


def test_zero_jobs_means_one_per_core() -> None:
    assert resolve_jobs(0) >= 1


def test_negative_jobs_rejected(articles: list[Article]) -> None:
    with pytest.raises(ValueError, match="--jobs -1"):
        extract_parallel(articles[:2], -1)


@pytest.mark.parametrize("suffix", [".trig", ".nq"])
def test_cli_jobs_output_byte_identical(tmp_path: Path, suffix: str) -> None:
    one, two = tmp_path / f"one{suffix}", tmp_path / f"two{suffix}"
    assert main(["build", "--offline", "-q", str(SEEDS), "-o", str(one), "--jobs", "1"]) == 0
    assert main(["build", "--offline", "-q", str(SEEDS), "-o", str(two), "--jobs", "2"]) == 0
    assert one.read_bytes() == two.read_bytes()
    assert len(one.read_bytes()) > 1000


def test_cli_negative_jobs_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["build", "--offline", "-q", str(SEEDS), "-o", str(tmp_path / "g.ttl"), "-j", "-2"])
    assert code == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("newsgraph: --jobs -2:") and "\n" not in err


# --------------------------------------------------------------------------- dask


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def cluster():  # type: ignore[no-untyped-def]
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        protocol="tcp",
    ) as c:
        yield c


def test_dask_gives_the_serial_result(cluster, articles: list[Article], serial: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert _fingerprint(extract_dask(articles, cluster.scheduler_address)) == serial


def test_dask_build_identical_to_local(cluster, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    local = run_build([str(SEEDS), str(DEV)])
    remote = run_build([str(SEEDS), str(DEV)], dask=cluster.scheduler_address)
    assert [e.article.id for e in remote.extractions] == [e.article.id for e in local.extractions]
    for fmt in ("nquads", "trig"):
        assert serialize_dataset(remote.dataset, fmt) == serialize_dataset(local.dataset, fmt)


def test_cli_dask_output_identical(cluster, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = tmp_path / "a.nq", tmp_path / "b.nq"
    assert main(["build", "--offline", "-q", str(SEEDS), "-o", str(a)]) == 0
    address = cluster.scheduler_address
    assert main(["build", "--offline", "-q", str(SEEDS), "-o", str(b), "--dask", address]) == 0
    assert a.read_bytes() == b.read_bytes()


def test_dask_failing_article_becomes_an_error(cluster, articles: list[Article]) -> None:  # type: ignore[no-untyped-def]
    bad = Article(id="bad.txt", text="Nothing to see.", lang="xx", source="bad.txt")
    outcomes = extract_dask([articles[0], bad, articles[1]], cluster.scheduler_address)
    assert isinstance(outcomes[1], ReadError) and "not supported" in outcomes[1].reason
    assert [o.article.id for o in (outcomes[0], outcomes[2])] == [a.id for a in articles[:2]]


def test_unreachable_scheduler_is_a_one_line_error(articles: list[Article]) -> None:
    pytest.importorskip("distributed")
    address = f"tcp://127.0.0.1:{_free_port()}"
    with pytest.raises(DaskError) as err:
        extract_dask(articles[:1], address, timeout=1)
    message = str(err.value)
    assert message.startswith(f"cannot reach the Dask scheduler at {address}")
    assert "\n" not in message


def test_dask_missing_is_a_one_line_error(
    monkeypatch: pytest.MonkeyPatch, articles: list[Article]
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails
    with pytest.raises(DaskError, match=r"^--dask needs dask\.distributed: pip install"):
        extract_dask(articles[:1], "tcp://127.0.0.1:8786")


def test_cli_dask_missing_exits_2(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    out = tmp_path / "g.ttl"
    code = main(["build", "--offline", "-q", str(SEEDS), "-o", str(out), "--dask", "tcp://x:1"])
    assert code == 2
    assert "--dask needs dask.distributed" in capsys.readouterr().err
    assert not out.exists()

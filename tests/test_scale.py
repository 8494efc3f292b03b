"""Scale-out: local worker processes and a real Dask LocalCluster give byte-identical output to one process."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.export import ExportOptions
from timeline.read import plan_inputs
from timeline.run import Config, extract_to

from .conftest import SEEDS, run_cli


@pytest.fixture
def single_process(seeds_out_dir):
    return seeds_out_dir


def _same_files(a, b):
    names = sorted(p.name for p in a.iterdir())
    assert names == sorted(p.name for p in b.iterdir()) and len(names) == 5
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_local_workers_are_byte_identical(single_process, tmp_path):
    proc = run_cli(
        "extract", str(SEEDS), "--published", "2016-10-25", "--out-dir", str(tmp_path), "-q", "--workers", "2"
    )
    assert proc.returncode == 0, proc.stderr.decode()
    _same_files(single_process, tmp_path)


def test_dask_local_cluster_is_byte_identical(single_process, tmp_path):
    """A real distributed.LocalCluster with two worker processes, driven through the library."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        assert len(cluster.workers) == 2
        targets = [
            (fmt, str(tmp_path / name))
            for fmt, name in (
                ("json", "timeline.json"),
                ("csv", "timeline.csv"),
                ("ics", "timeline.ics"),
                ("timelinejs", "timelinejs.json"),
                ("html", "timeline.html"),
            )
        ]
        with Client(cluster) as client:
            seen_workers = set(client.scheduler_info()["workers"])
        extract_to(
            plan_inputs([str(SEEDS)]),
            targets,
            Config(published=dt.date(2016, 10, 25)),
            ExportOptions(link_base=str(tmp_path)),
            scheduler=cluster.scheduler_address,
        )
    assert len(seen_workers) == 2
    _same_files(single_process, tmp_path)

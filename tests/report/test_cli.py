"""`gongkai report check`: output formats, exit codes, folders and cross-year rules."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from gongkai.cli import main

from .helpers import consistent_report, render_tsv
from .test_corpus import CORPUS, SEED


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_it_exits_0_on_a_consistent_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "ok.txt", render_tsv(consistent_report()))
    assert main(["report", "check", str(path)]) == 0
    assert "ok" in capsys.readouterr().out


def test_it_exits_1_on_error_findings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    r = consistent_report()
    r.requests["granted"]["total"] = 99
    path = _write(tmp_path, "bad.txt", render_tsv(r))
    assert main(["report", "check", str(path)]) == 1
    assert "R3" in capsys.readouterr().out


def test_it_exits_2_when_a_file_is_not_a_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "notes.txt", "购物清单：苹果、香蕉。\n")
    assert main(["report", "check", str(path)]) == 2
    assert "not an annual report" in capsys.readouterr().out


def test_it_exits_2_on_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "check", str(tmp_path / "nope.txt")]) == 2
    assert "cannot read file" in capsys.readouterr().out


def test_it_exits_2_on_binary_garbage(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(bytes(range(256)) * 4)
    assert main(["report", "check", str(path)]) == 2
    capsys.readouterr()


def test_json_has_one_object_per_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = _write(tmp_path, "a.txt", render_tsv(consistent_report(2021)))
    b = _write(tmp_path, "b.md", render_tsv(consistent_report(2022)))
    main(["report", "check", "--format", "json", str(a), str(b)])
    data = json.loads(capsys.readouterr().out)
    assert [d["file"] for d in data] == [str(a), str(b)]
    assert set(data[0]) >= {
        "file",
        "organisation",
        "year",
        "format",
        "art20",
        "requests",
        "appeals",
        "findings",
        "errors",
    }
    assert data[0]["requests"]["new"]["total"] == 7


def test_csv_has_one_summary_row_per_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, "a.txt", render_tsv(consistent_report()))
    main(["report", "check", "--format", "csv", str(path)])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows == [
        {
            "file": str(path),
            "organisation": "测试区人民政府",
            "year": "2022",
            "format": "2021",
            "new_total": "7",
            "handled_total": "5",
            "carried_forward_total": "2",
            "errors": "0",
            "warnings": "0",
            "file_errors": "0",
        }
    ]


def test_a_folder_of_consecutive_years_runs_r5_across_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(tmp_path, "2021.txt", render_tsv(consistent_report(2021)))
    _write(tmp_path, "2022.txt", render_tsv(consistent_report(2022)))
    # 2021 carried 2 forward, 2022 says 0 were carried over: R5.
    assert main(["report", "check", "--format", "json", str(tmp_path)]) == 1
    data = json.loads(capsys.readouterr().out)
    rules_2022 = {f["rule"] for f in data[1]["findings"]}
    assert {"R5", "R6"} <= rules_2022


def test_previous_runs_the_cross_year_rules(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    prev = _write(tmp_path, "prev.txt", render_tsv(consistent_report(2021)))
    cur = _write(tmp_path, "cur.txt", render_tsv(consistent_report(2022)))
    assert main(["report", "check", "--previous", str(prev), str(cur)]) == 1
    assert "R5" in capsys.readouterr().out


def test_parallel_workers_give_the_same_answer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for year in range(2021, 2025):
        _write(tmp_path, f"{year}.txt", render_tsv(consistent_report(year)))
    main(["report", "check", "--format", "csv", "--jobs", "1", str(tmp_path)])
    serial = capsys.readouterr().out
    main(["report", "check", "--format", "csv", "--jobs", "2", str(tmp_path)])
    assert capsys.readouterr().out == serial


def test_no_progress_bar_when_stderr_is_not_a_tty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path, "a.txt", render_tsv(consistent_report()))
    _write(tmp_path, "b.txt", render_tsv(consistent_report()))
    main(["report", "check", str(tmp_path)])
    assert capsys.readouterr().err == ""


def test_help_documents_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["report", "check", "--help"])
    out = capsys.readouterr().out
    assert "exit codes" in out and "2  a file could not be parsed" in out


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["report", "check", "--format", "xml", "x.txt"])
    assert exc.value.code == 2
    capsys.readouterr()


@pytest.mark.skipif(not CORPUS.exists(), reason="corpus not available")
def test_the_pingtan_series_gets_r6_warnings_across_years(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("010_pingtan-2022.txt", "011_pingtan-2023.txt"):
        shutil.copy(CORPUS / name, tmp_path / name)
    main(["report", "check", "--format", "json", str(tmp_path)])
    data = json.loads(capsys.readouterr().out)
    r6 = [f for f in data[1]["findings"] if f["rule"] == "R6"]
    # 698 + 77 − 132 = 643, but 470 in force: amendments/expiry, hence a warning.
    assert [(f["expected"], f["found"], f["severity"]) for f in r6] == [(643, 470, "warning")]
    assert not [f for f in data[1]["findings"] if f["rule"] == "R5"]


@pytest.mark.skipif(not SEED.exists(), reason="seed not available")
def test_the_seed_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "check", str(SEED)]) == 0
    assert "52" in capsys.readouterr().out


@pytest.mark.skipif(not CORPUS.exists(), reason="corpus not available")
def test_the_blank_template_exits_2_with_one_file_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "check", str(CORPUS / "024_blank-template-2021.docx")]) == 2
    out = capsys.readouterr().out
    assert "FILE ERROR  report has no figures (blank template?)" in out
    assert out.count("FILE ERROR") == 1


def test_an_unreadable_file_wins_over_error_findings_in_a_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    r = consistent_report()
    r.requests["granted"]["total"] = 99
    bad = _write(tmp_path, "bad.txt", render_tsv(r))
    junk = _write(tmp_path, "junk.txt", "购物清单：苹果、香蕉。\n")
    assert main(["report", "check", str(bad), str(junk)]) == 2
    out = capsys.readouterr().out
    assert "R3" in out and "FILE ERROR" in out  # both files are still reported

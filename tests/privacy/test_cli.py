import json

import pytest

from gongkai.cli import main

from .conftest import make_id

ID = make_id()


@pytest.fixture
def files(tmp_path):
    (tmp_path / "dirty.txt").write_text(f"申请人：张三，身份证号{ID}\n", encoding="utf-8")
    (tmp_path / "clean.txt").write_text("本机关2022年共受理申请12件。\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    return tmp_path


def test_scan_exits_1_and_lists_hits_as_json(files, capsys):
    assert main(["privacy", "scan", str(files / "dirty.txt"), "--format", "json"]) == 1
    (entry,) = json.loads(capsys.readouterr().out)["files"]
    assert entry["errors"] == []
    assert [(h["kind"], h["text"], h["masked"]) for h in entry["hits"]] == [
        ("name", "张三", "张*"),
        ("id_card", ID, ID[:6] + "*" * 8 + ID[-4:]),
    ]
    assert set(entry["hits"][0]) == {"kind", "start", "end", "text", "masked", "page"}


def test_scan_exits_0_on_a_clean_file(files, capsys):
    assert main(["privacy", "scan", str(files / "clean.txt")]) == 0
    assert "0 finding(s)" in capsys.readouterr().out


def test_scan_exits_2_when_a_file_has_an_error_and_nothing_is_found(files, capsys):
    assert main(["privacy", "scan", str(files / "clean.txt"), str(files / "empty.txt")]) == 2
    assert "empty file" in capsys.readouterr().out


def test_scan_exits_1_when_something_is_found_even_if_another_file_failed(files, capsys):
    assert main(["privacy", "scan", str(files / "empty.txt"), str(files / "dirty.txt")]) == 1


def test_scan_reports_a_missing_file_and_continues(files, capsys):
    code = main(["privacy", "scan", str(files / "missing.txt"), str(files / "clean.txt"), "--format", "json"])
    assert code == 2
    entries = json.loads(capsys.readouterr().out)["files"]
    assert entries[0]["errors"] and entries[1]["errors"] == []


def test_scan_walks_folders_in_parallel(files, capsys):
    assert main(["privacy", "scan", str(files), "--jobs", "2", "--format", "json"]) == 1
    paths = [e["path"] for e in json.loads(capsys.readouterr().out)["files"]]
    assert sorted(p.rsplit("/", 1)[1] for p in paths) == ["clean.txt", "dirty.txt", "empty.txt"]


def test_scan_shows_no_progress_bar_when_stderr_is_not_a_terminal(files, capsys):
    main(["privacy", "scan", str(files / "clean.txt")])
    assert capsys.readouterr().err == ""


def test_scan_options_configure_the_detector(files, capsys):
    code = main(["privacy", "scan", str(files / "dirty.txt"), "--kinds", "name", "--public-name", "张三"])
    assert code == 0


def test_scan_rejects_an_unknown_kind(files, capsys):
    assert main(["privacy", "scan", str(files / "dirty.txt"), "--kinds", "nose"]) == 2
    assert "unknown kind" in capsys.readouterr().err


def test_scan_help_documents_the_exit_codes(capsys):
    with pytest.raises(SystemExit):
        main(["privacy", "scan", "--help"])
    out = capsys.readouterr().out
    assert "1 if anything was found" in out and "2 if any" in out


def test_mask_writes_the_masked_copy(files, capsys):
    out = files / "masked.txt"
    assert main(["privacy", "mask", str(files / "dirty.txt"), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == f"申请人：张*，身份证号{ID[:6]}********{ID[-4:]}\n"


def test_mask_exits_2_on_bad_input(files, capsys):
    assert main(["privacy", "mask", str(files / "empty.txt"), "-o", str(files / "x.txt")]) == 2
    assert "empty file" in capsys.readouterr().err


def test_privacy_without_subcommand_is_a_usage_error(capsys):
    assert main(["privacy"]) == 2


def test_scan_refuses_files_over_max_size(files, capsys):
    assert main(["privacy", "scan", str(files / "dirty.txt"), "--max-size", "0.00001"]) == 2
    assert "too large" in capsys.readouterr().out


def test_scan_of_a_pdf_without_text_layer_exits_2_not_0(tmp_path, capsys):
    from .test_formats import _pdf

    path = _pdf(tmp_path / "scan.pdf", [None])
    assert main(["privacy", "scan", str(path), "--format", "json"]) == 2
    (entry,) = json.loads(capsys.readouterr().out)["files"]
    assert "OCR" in entry["errors"][0]


def test_mask_of_a_folder_masks_every_file(files, tmp_path, capsys):
    (files / "empty.txt").unlink()
    out = tmp_path / "out"
    assert main(["privacy", "mask", str(files), "-o", str(out)]) == 0
    assert "张*" in (out / "dirty.txt").read_text(encoding="utf-8")


def test_scan_reads_the_sites_allow_lists_from_the_environment(tmp_path, capsys, monkeypatch):
    """The command line flags what the platform's gate would: the same GONGKAI_PRIVACY_* variables."""
    doc = tmp_path / "notice.txt"
    doc.write_text("联系人：张三，联系电话：0953-2012345，邮箱zhangsan@lt-edu.cn\n", encoding="utf-8")
    assert main(["privacy", "scan", str(doc), "--format", "json"]) == 1
    kinds = [h["kind"] for h in json.loads(capsys.readouterr().out)["files"][0]["hits"]]
    assert kinds == ["name", "landline", "email"]
    monkeypatch.setenv("GONGKAI_PRIVACY_ALLOW_PHONES", "0953-2012345")
    monkeypatch.setenv("GONGKAI_PRIVACY_PUBLIC_NAMES", "张三")
    assert main(["privacy", "scan", str(doc), "--allow-email-domain", "lt-edu.cn"]) == 0


def test_a_village_is_an_address_when_the_site_or_the_option_says_so(tmp_path, capsys, monkeypatch):
    doc = tmp_path / "list.txt"
    doc.write_text("住址：永安市燕西街道青云村\n", encoding="utf-8")
    assert main(["privacy", "scan", str(doc)]) == 0  # a village is no address by default
    assert main(["privacy", "scan", str(doc), "--village-address"]) == 1
    capsys.readouterr()
    monkeypatch.setenv("GONGKAI_PRIVACY_VILLAGE_ADDRESS", "yes")
    assert main(["privacy", "scan", str(doc), "--format", "json"]) == 1
    hits = json.loads(capsys.readouterr().out)["files"][0]["hits"]
    assert [(h["kind"], h["masked"]) for h in hits] == [("address", "永安市燕西街道")]
    monkeypatch.setenv("GONGKAI_PRIVACY_VILLAGE_ADDRESS", "perhaps")
    assert main(["privacy", "scan", str(doc)]) == 2
    assert "GONGKAI_PRIVACY_VILLAGE_ADDRESS" in capsys.readouterr().err


def test_names_of_a_list_published_by_design_when_the_site_or_the_option_says_so(
    tmp_path, capsys, monkeypatch
):
    doc = tmp_path / "honour.txt"
    doc.write_text(
        "某县2024年事业单位公开招聘拟聘用人员公示\n序号\t姓名\t性别\t报考岗位\n1\t张三\t男\t文秘\n2\t李四\t女\t会计\n",
        encoding="utf-8",
    )
    assert main(["privacy", "scan", str(doc)]) == 0  # a recruitment's results name their people by design
    capsys.readouterr()
    assert main(["privacy", "scan", str(doc), "--all-names", "--format", "json"]) == 1
    hits = json.loads(capsys.readouterr().out)["files"][0]["hits"]
    assert [(h["kind"], h["text"]) for h in hits] == [("name", "张三"), ("name", "李四")]
    monkeypatch.setenv("GONGKAI_PRIVACY_PUBLISHED_LISTS", "false")
    assert main(["privacy", "scan", str(doc)]) == 1
    monkeypatch.setenv("GONGKAI_PRIVACY_PUBLISHED_LISTS", "sometimes")
    assert main(["privacy", "scan", str(doc)]) == 2
    assert "GONGKAI_PRIVACY_PUBLISHED_LISTS" in capsys.readouterr().err


def test_scan_refuses_a_malformed_id_keep(files, capsys):
    assert main(["privacy", "scan", str(files / "dirty.txt"), "--id-keep", "6"]) == 2
    assert "FIRST,LAST" in capsys.readouterr().err


def test_a_fault_of_the_detector_leaves_that_file_unscanned_and_the_batch_going_on(
    files, capsys, monkeypatch
):
    # A bug in a rule must neither crash the batch nor let the file pass as clean.
    from gongkai.privacy import gate
    from gongkai.privacy.detect import detect

    def faulty(text, config):
        if "受理" in text:
            raise IndexError("list index out of range")
        return detect(text, config)

    monkeypatch.setattr(gate, "detect", faulty)
    code = main(["privacy", "scan", str(files / "clean.txt"), str(files / "dirty.txt"), "--format", "json"])
    assert code == 1
    entries = json.loads(capsys.readouterr().out)["files"]
    assert "NOT known to be clean" in entries[0]["errors"][0] and entries[0]["hits"] == []
    assert entries[1]["errors"] == [] and entries[1]["hits"]
    out = files / "masked.txt"
    assert main(["privacy", "mask", str(files / "clean.txt"), "-o", str(out)]) == 2
    assert not out.exists()


def test_officials_mobiles_when_the_site_or_the_option_says_so(tmp_path, capsys, monkeypatch):
    doc = tmp_path / "grid.txt"
    doc.write_text("联系人：罗站长  13512345678\n\n某镇人民政府\n2025年5月7日\n", encoding="utf-8")
    assert main(["privacy", "scan", str(doc)]) == 0  # the office's contact at its foot, in that role
    capsys.readouterr()
    assert main(["privacy", "scan", str(doc), "--all-mobiles", "--format", "json"]) == 1
    hits = json.loads(capsys.readouterr().out)["files"][0]["hits"]
    assert [(h["kind"], h["text"]) for h in hits] == [("mobile", "13512345678")]
    monkeypatch.setenv("GONGKAI_PRIVACY_OFFICIAL_MOBILES_PUBLIC", "false")
    assert main(["privacy", "scan", str(doc)]) == 1
    monkeypatch.setenv("GONGKAI_PRIVACY_OFFICIAL_MOBILES_PUBLIC", "often")
    assert main(["privacy", "scan", str(doc)]) == 2
    assert "GONGKAI_PRIVACY_OFFICIAL_MOBILES_PUBLIC" in capsys.readouterr().err

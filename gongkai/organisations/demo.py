"""Demo organisations: 宁夏 → 吴忠市 → 利通区 and the 利通区 units named in the seed report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from gongkai.lib.checksums import credit_code_check_char, org_code_check_char

from .models import Organisation, Region

if TYPE_CHECKING:
    from gongkai.core.demo import DemoContext

K = Organisation.Kind

# (full name, short name, kind, 机关代字)
LITONG_UNITS: list[tuple[str, str, str, str]] = [
    ("吴忠市利通区人民政府", "利通区政府", K.GOVERNMENT, "吴利政发"),
    ("吴忠市利通区人民政府办公室", "利通区政府办", K.OFFICE, "吴利政办发"),
    ("吴忠市利通区教育局", "教育局", K.DEPARTMENT, "吴利教发"),
    ("吴忠市利通区财政局", "财政局", K.DEPARTMENT, "吴利财发"),
    ("吴忠市利通区发展和改革局", "发改局", K.DEPARTMENT, "吴利发改发"),
    ("吴忠市利通区人力资源和社会保障局", "人社局", K.DEPARTMENT, "吴利人社发"),
    ("吴忠市利通区卫生健康局", "卫健局", K.DEPARTMENT, "吴利卫发"),
    ("吴忠市利通区民政局", "民政局", K.DEPARTMENT, "吴利民发"),
    ("吴忠市利通区司法局", "司法局", K.DEPARTMENT, "吴利司发"),
    ("吴忠市利通区自然资源局", "自然资源局", K.DEPARTMENT, "吴利自然资发"),
    ("吴忠市利通区住房城乡建设和交通局", "住建交通局", K.DEPARTMENT, "吴利住建发"),
    ("吴忠市利通区农业农村和水务局", "农业农村水务局", K.DEPARTMENT, "吴利农发"),
    ("吴忠市利通区市场监督管理局", "市场监管局", K.DEPARTMENT, "吴利市监发"),
    ("吴忠市利通区工业信息化和商务局", "工信商务局", K.DEPARTMENT, "吴利工信发"),
    ("吴忠市利通区金积镇人民政府", "金积镇", K.TOWNSHIP, "金政发"),
    ("吴忠市利通区金银滩镇人民政府", "金银滩镇", K.TOWNSHIP, "金银政发"),
    ("吴忠市利通区高闸镇人民政府", "高闸镇", K.TOWNSHIP, "高政发"),
    ("吴忠市利通区扁担沟镇人民政府", "扁担沟镇", K.TOWNSHIP, "扁政发"),
    ("吴忠市利通区上桥镇人民政府", "上桥镇", K.TOWNSHIP, "上政发"),
    ("吴忠市利通区古城镇人民政府", "古城镇", K.TOWNSHIP, "古政发"),
    ("吴忠市利通区东塔寺乡人民政府", "东塔寺乡", K.TOWNSHIP, "东政发"),
    ("吴忠市利通区郭家桥乡人民政府", "郭家桥乡", K.TOWNSHIP, "郭政发"),
    ("吴忠市利通区板桥乡人民政府", "板桥乡", K.TOWNSHIP, "板政发"),
    ("吴忠市利通区胜利街道办事处", "胜利街道", K.STREET, "胜街发"),
    ("吴忠市利通区金星街道办事处", "金星街道", K.STREET, "金街发"),
]


def demo_credit_code(region_code: str, serial: int) -> str:
    """A synthetic but checksum-valid 统一社会信用代码 (11 = 机构编制 / 机关)."""
    first8 = f"{71000000 + serial:08d}"
    org_code = first8 + org_code_check_char(first8)
    body = "11" + region_code + org_code
    return body + credit_code_check_char(body)


def load(ctx: DemoContext) -> None:
    def region(code: str, name: str, level: str, parent: Region | None) -> Region:
        obj, created = Region.objects.get_or_create(
            code=code, defaults={"name": name, "level": level, "parent": parent}
        )
        ctx.created += created
        ctx.regions[code] = obj
        return obj

    nx = region("640000", "宁夏回族自治区", Region.Level.PROVINCE, None)
    wz = region("640300", "吴忠市", Region.Level.CITY, nx)
    lt = region("640302", "利通区", Region.Level.COUNTY, wz)

    def org(
        name: str, short: str, kind: str, doc_code: str, reg: Region, parent: Organisation | None, n: int
    ) -> None:
        obj, created = Organisation.objects.get_or_create(
            name=name,
            defaults={
                "short_name": short,
                "kind": kind,
                "region": reg,
                "parent": parent,
                "credit_code": demo_credit_code(reg.code, n),
                "doc_code": doc_code,
                "sort_order": n,
            },
        )
        ctx.created += created
        ctx.orgs[short] = obj

    org("吴忠市人民政府", "吴忠市政府", K.GOVERNMENT, "吴政发", wz, None, 1)
    government: Organisation | None = None
    for n, (name, short, kind, doc_code) in enumerate(LITONG_UNITS, start=10):
        org(name, short, kind, doc_code, lt, government, n)
        if kind == K.GOVERNMENT:
            government = ctx.orgs[short]

"""Sections of the public portal and modules of the staff workspace.

Each entry names a URL; an entry whose URL is not installed yet is shown as a placeholder, so the
portal keeps the usual layout of a 政府信息公开 site while features arrive.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import NoReverseMatch, reverse


@dataclass(frozen=True)
class Entry:
    title: str
    description: str
    url_name: str

    @property
    def url(self) -> str | None:
        try:
            return reverse(self.url_name)
        except NoReverseMatch:
            return None


PORTAL_SECTIONS: tuple[Entry, ...] = (
    Entry(
        "政府信息公开指南",
        "公开的分类、编排体系、获取方式和工作机构联系方式（条例第十二条）",
        "publishing:guide",
    ),
    Entry("政府信息公开制度", "本机关政府信息公开的规章制度", "publishing:rules"),
    Entry("法定主动公开内容", "条例第二十条规定的主动公开事项", "publishing:statutory"),
    Entry("政府信息公开目录", "按机构、主题、体裁、年份浏览", "publishing:catalog"),
    Entry("政策解读", "文字、图解、视频等形式的政策解读", "publishing:interpretations"),
    Entry("政府公报", "历期政府公报及目录", "publishing:gazette"),
    Entry("政府信息公开年报", "各机构政府信息公开工作年度报告", "reporting:public_list"),
    Entry("依申请公开", "在线提交政府信息公开申请、查询办理进度", "applications:apply"),
    Entry("年报检查", "上传年度报告，检查表格勾稽关系和数据一致性", "reporting:checker"),
)

WORKSPACE_MODULES: tuple[Entry, ...] = (
    Entry("依申请公开办理", "登记、补正、征求意见、延期、答复、送达、归档", "applications:queue"),
    Entry("主动公开信息", "信息登记、三审三校、隐私检查、发布", "publishing:workspace"),
    Entry("年度报告", "生成、校验、发布本机构年度报告", "reporting:workspace"),
    Entry("审计日志", "全部操作记录（只读）", "workspace:audit"),
    Entry("系统管理", "机构、账户与角色", "admin:index"),
)

"""The annual report (政府信息公开工作年度报告): model, rules R1–R9, parsers, renderers. Pure."""

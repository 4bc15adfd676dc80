"""Mechanisms of persons found on the pooled held-out news F (a studio ranked 国家级 or named
国家 that names no leader), on sentences we wrote (invented people and bodies)."""

from __future__ import annotations

from .conftest import types


def test_a_studio_ranked_national_names_no_leader_and_is_no_body():
    found = types(
        "签约仪式上，两家工作室签订合作协议；国家级创新工作室、远帆电力公司客服中心骨干成员"
        "林启明与学员签订带徒协议。获评国家技能大师工作室的钟晓岚劳模创新工作室介绍经验。"
    )
    assert "国家级" not in found and "国家" not in found
    assert "国家级创新工作室" not in found and "国家技能大师工作室" not in found

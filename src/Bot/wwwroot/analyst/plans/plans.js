// The improvement-plan tracking table (domain.md §4): list, create, status, weekly notes, before/after verification.
// Everything goes through /api/plans; texts in zh and en.
(function () {
  "use strict";

  const T = {
    heading: { zh: "改进计划", en: "Improvement plans" },
    problem: { zh: "核心问题", en: "Core problem" },
    criterion: { zh: "验收标准", en: "Acceptance criterion" },
    baseline: { zh: "基线", en: "Baseline" },
    owner: { zh: "负责人", en: "Owner" },
    planned: { zh: "计划完成", en: "Planned date" },
    status: { zh: "状态", en: "Status" },
    beforeAfter: { zh: "改进前 → 改进后", en: "Before → after" },
    measure: { zh: "改进措施", en: "Measure" },
    notes: { zh: "每周进展", en: "Weekly notes" },
    addNote: { zh: "添加进展", en: "Add note" },
    save: { zh: "保存", en: "Save" },
    verify: { zh: "验证效果", en: "Verify" },
    newPlan: { zh: "新建计划", en: "New plan" },
    metric: { zh: "指标", en: "Metric" },
    metricKey: { zh: "维度/类别", en: "Dimension / category" },
    comparison: { zh: "比较", en: "Comparison" },
    target: { zh: "目标值", en: "Target" },
    baselineFrom: { zh: "基线开始", en: "Baseline from" },
    baselineTo: { zh: "基线结束", en: "Baseline to" },
    steps: { zh: "行动步骤（每行一步）", en: "Action steps (one per line)" },
    create: { zh: "创建", en: "Create" },
    dimension_mean: { zh: "维度平均分", en: "Dimension mean" },
    category_share: { zh: "问题类别占比", en: "Category share" },
    not_started: { zh: "未开始", en: "Not started" },
    in_progress: { zh: "进行中", en: "In progress" },
    done: { zh: "已完成", en: "Done" },
    verified: { zh: "已验证", en: "Verified" },
    failed: { zh: "未达标", en: "Failed" },
    overdue: { zh: "已逾期", en: "overdue" },
    met: { zh: "达标", en: "criterion met" },
    notMet: { zh: "未达标", en: "criterion not met" },
    open: { zh: "待复测", en: "awaiting re-survey" },
    significant: { zh: "显著", en: "significant" },
    notSignificant: { zh: "不显著", en: "not significant" },
    resurvey: { zh: "复测安排在", en: "Re-survey due" },
    customers: { zh: "位客户", en: "customers" },
  };
  const t = (key) => window.staff.t(T[key]);
  let current = null;

  function format(kind, value) {
    if (value === null || value === undefined) return "–";
    return kind === "category_share" ? (value * 100).toFixed(1) + " %" : value.toFixed(2);
  }

  function verdictText(kind, v) {
    if (!v) return "–";
    const before = `${format(kind, v.before.value)} (n=${v.before.count})`;
    const after = `${format(kind, v.after.value)} (n=${v.after.count})`;
    const met = v.criterionMet === null ? t("open") : v.criterionMet ? t("met") : t("notMet");
    const sig = v.pValue === null ? "" : `, p=${v.pValue.toFixed(3)} ${v.significant ? t("significant") : t("notSignificant")}`;
    return `${before} → ${after}: ${met}${sig}`;
  }

  function translatePage() {
    document.title = t("heading");
    document.getElementById("heading").textContent = t("heading");
    for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t);
    for (const option of document.querySelectorAll("select[name=metricKind] option")) option.textContent = t(option.value);
    const select = document.getElementById("status-select");
    select.replaceChildren(...["not_started", "in_progress", "done"].map((s) => new Option(t(s), s)));
  }

  function showError(error) {
    document.getElementById("error").textContent = error ? error.message : "";
  }

  async function load() {
    showError(null);
    const plans = await window.staff.api("/api/plans");
    const body = document.querySelector("#plans tbody");
    body.replaceChildren(...plans.map((p) => {
      const row = document.createElement("tr");
      const cells = [p.plan.problem, p.criterion, `${format(p.plan.criterion.metricKind, p.plan.baseline.value)} (n=${p.plan.baseline.count})`,
        p.plan.owner, p.plan.plannedDate, t(p.plan.status), verdictText(p.plan.criterion.metricKind, p.verdict)];
      for (const text of cells) {
        const cell = document.createElement("td");
        cell.textContent = text;
        row.append(cell);
      }
      if (p.overdue) row.cells[4].classList.add("overdue");
      row.addEventListener("click", () => show(p));
      return row;
    }));
  }

  function show(p) {
    current = p;
    const detail = document.getElementById("detail");
    detail.hidden = false;
    document.getElementById("detail-title").textContent = `${p.plan.problem} — ${p.criterion}`;
    document.getElementById("detail-measure").textContent = p.plan.measure;
    document.getElementById("detail-steps").replaceChildren(...p.plan.steps.map((s) => Object.assign(document.createElement("li"), { textContent: s })));
    const verdict = document.getElementById("detail-verdict");
    verdict.textContent = verdictText(p.plan.criterion.metricKind, p.verdict)
      + (p.plan.resurveyDueAt ? ` · ${t("resurvey")} ${p.plan.resurveyDueAt.slice(0, 10)} (${p.plan.resurveyScheduled ?? 0} ${t("customers")})` : "");
    verdict.className = p.verdict && p.verdict.criterionMet !== null ? (p.verdict.criterionMet ? "met" : "not-met") : "muted";
    document.getElementById("status-select").value = ["not_started", "in_progress", "done"].includes(p.plan.status) ? p.plan.status : "done";
    document.getElementById("detail-notes").replaceChildren(...(p.plan.notes || []).map((n) =>
      Object.assign(document.createElement("li"), { textContent: `${n.at.slice(0, 10)} ${n.author}: ${n.note}` })));
  }

  async function act(run) {
    try {
      showError(null);
      const updated = await run();
      await load();
      if (updated) show(updated);
    } catch (error) {
      showError(error);
    }
  }

  document.getElementById("status-save").addEventListener("click", () => act(() =>
    window.staff.api(`/api/plans/${current.plan.id}/status`, { method: "POST", body: { status: document.getElementById("status-select").value } })));
  document.getElementById("verify").addEventListener("click", () => act(() =>
    window.staff.api(`/api/plans/${current.plan.id}/verify`, { method: "POST" })));
  document.getElementById("note-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const text = document.getElementById("note-text");
    act(async () => {
      const updated = await window.staff.api(`/api/plans/${current.plan.id}/notes`, { method: "POST", body: { note: text.value } });
      text.value = "";
      return updated;
    });
  });
  document.getElementById("plan-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    const body = Object.fromEntries(form.entries());
    body.target = Number(body.target);
    body.steps = (body.steps || "").split("\n").map((s) => s.trim()).filter(Boolean);
    act(async () => {
      const created = await window.staff.api("/api/plans", { method: "POST", body });
      event.target.reset();
      return created;
    });
  });

  window.staff.me.then(() => {
    translatePage();
    return load();
  }).catch(showError);
}());

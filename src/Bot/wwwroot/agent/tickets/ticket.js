// /agent/tickets/{number}: the ticket with its deadlines (live), history, handling records and the customer's
// answers, and the forms to work it (acknowledge, record an action, resolve, reopen, close; supervisors: re-grade).
(async function () {
  "use strict";
  const { api, t, el } = window.staff;
  const pages = window.ticketPages;
  pages.extend({
    back: { zh: "← 全部工单", en: "← All tickets" }, description: { zh: "客户描述（原话）", en: "Customer's description (verbatim)" },
    records: { zh: "处理记录", en: "Handling records" }, history: { zh: "历史", en: "History" }, questions: { zh: "向客户的确认与回访", en: "Questions to the customer" },
    at: { zh: "时间", en: "At" }, staff: { zh: "人员", en: "Staff" }, action: { zh: "处理措施", en: "Action" }, cost: { zh: "费用", en: "Cost" },
    compensation: { zh: "补偿金额", en: "Compensation" }, approval: { zh: "审批单号", en: "Approval no." }, handle: { zh: "处理", en: "Handle" },
    acknowledge: { zh: "确认受理（首次响应）", en: "Acknowledge (first response)" }, addRecord: { zh: "添加处理记录", en: "Add record" },
    summary: { zh: "解决说明", en: "Resolution summary" }, resolve: { zh: "标记为已解决", en: "Mark resolved" }, reason: { zh: "原因", en: "Reason" },
    reopen: { zh: "重新打开", en: "Reopen" }, close: { zh: "结案", en: "Close" }, grade: { zh: "调整分级（主管）", en: "Override grading (supervisor)" },
    override: { zh: "调整", en: "Override" }, product: { zh: "产品", en: "Product" }, purchased: { zh: "购买日期", en: "Purchased" },
    channel: { zh: "渠道", en: "Channel" }, demand: { zh: "诉求", en: "Demand" }, emotion: { zh: "情绪", en: "Emotion" },
    customer: { zh: "客户", en: "Customer" }, supporting: { zh: "协办部门", en: "Supporting" }, reasons: { zh: "分级依据", en: "Grading reasons" },
    responseDue: { zh: "首次响应期限", en: "First response due" }, resolutionDue: { zh: "解决期限", en: "Solution due" },
    followUpDue: { zh: "回访时间", en: "Follow-up due" }, confirmation: { zh: "客户确认", en: "Customer confirmation" },
    solved: { zh: "已解决", en: "solved" }, notSolved: { zh: "未解决", en: "not solved" }, satisfied: { zh: "满意", en: "satisfied" },
    notSatisfied: { zh: "不满意", en: "not satisfied" }, sent: { zh: "已发送", en: "sent" }, pending: { zh: "待发送", en: "pending" },
    confirmationQ: { zh: "是否解决/满意", en: "solved / satisfied?" }, followUpQ: { zh: "回访", en: "follow-up" }, saved: { zh: "已保存", en: "Saved" },
    noQuestions: { zh: "尚未向客户发送确认或回访（在聊天中提交的工单解决后自动发送）。", en: "None yet (sent automatically once a ticket filed in chat is resolved)." },
  });
  pages.fillTexts();
  for (const option of document.querySelectorAll("select[name=urgency] option[value]")) option.textContent = option.value ? pages.urgencyName(option.value) : "—";
  const number = decodeURIComponent(location.pathname.split("/").pop());
  const error = document.getElementById("error");
  const labels = await pages.labels;
  const me = await window.staff.me;
  const actor = me.staffId || undefined;
  let ticket = null;
  const clocks = [];

  function fact(list, label, value, className) {
    const dd = el("dd", { className: className || "" });
    if (value instanceof Node) dd.append(value); else dd.textContent = value ?? "—";
    list.append(el("dt", { textContent: t(pages.texts[label]) }), dd);
    return dd;
  }

  function due(iso, running) {
    const span = el("span", { textContent: pages.localTime(iso) });
    if (!running) return span;
    const live = el("span", { className: "countdown" });
    clocks.push({ node: live, iso });
    return el("span", {}, [span, " · ", live]);
  }

  function render(x) {
    ticket = x;
    document.title = `${x.number} · AfterSalesBot`;
    document.getElementById("heading").textContent = `${x.number} · ${pages.statusName(x.status)}`;
    const facts = document.getElementById("facts");
    facts.replaceChildren();
    clocks.length = 0;
    fact(facts, "status", pages.statusName(x.status));
    fact(facts, "urgency", `${pages.urgencyName(x.urgency)} · ${t(pages.texts.level)} ${x.level}`, `level-${x.level}`);
    fact(facts, "reasons", x.gradeReasons.concat(x.gradeOverrideReason ? [`${x.gradeOverriddenBy}: ${x.gradeOverrideReason}`] : []).join("; "));
    fact(facts, "category", pages.name(labels.categories, x.category));
    fact(facts, "demand", pages.name(labels.demands, x.demand));
    fact(facts, "department", pages.name(labels.departments, x.department));
    fact(facts, "supporting", x.supportingDepartments.map((d) => pages.name(labels.departments, d)).join(", ") || "—");
    fact(facts, "owner", x.owner);
    fact(facts, "customer", x.customerId);
    fact(facts, "channel", x.channel);
    fact(facts, "product", x.product);
    fact(facts, "purchased", x.purchaseDate);
    fact(facts, "emotion", x.emotion);
    fact(facts, "created", pages.localTime(x.createdAt));
    fact(facts, "responseDue", due(x.responseDueAt, x.status === "new"));
    fact(facts, "resolutionDue", due(x.resolutionDueAt, ["new", "acknowledged", "in_progress", "reopened"].includes(x.status)));
    if (x.followUpDueAt) fact(facts, "followUpDue", pages.localTime(x.followUpDueAt));
    if (x.confirmation) {
      const c = x.confirmation;
      fact(facts, "confirmation", [t(pages.texts[c.solved ? "solved" : "notSolved"]), c.satisfied == null ? null : t(pages.texts[c.satisfied ? "satisfied" : "notSatisfied"]), c.comment ? `“${c.comment}”` : null].filter(Boolean).join(", "));
    }
    document.getElementById("description").textContent = x.description;
    const records = document.querySelector("#records tbody");
    records.replaceChildren(...x.records.map((r) => el("tr", {}, [
      el("td", { textContent: pages.localTime(r.at) }), el("td", { textContent: r.staffId }), el("td", { textContent: r.action }),
      el("td", { textContent: r.cost ?? "" }), el("td", { textContent: r.compensationAmount == null ? "" : `${r.compensationAmount} (${r.approvalNumber})` }),
    ])));
    const history = document.getElementById("history");
    history.replaceChildren(...x.history.slice().reverse().map((h) => el("li", {}, [
      el("span", { className: "muted", textContent: `${pages.localTime(h.at)} · ${h.actor} · ` }), h.detail,
    ])));
    document.getElementById("grade-card").hidden = !["supervisor", "admin"].includes(me.role) || x.status === "closed";
    // Only the moves the status machine allows from here are offered.
    const open = ["new", "acknowledged", "in_progress", "reopened"].includes(x.status);
    const allowed = { acknowledge: x.status === "new", record: open, resolve: open, reopen: ["resolved", "confirmed"].includes(x.status), close: x.status === "confirmed" };
    for (const [id, show] of Object.entries(allowed)) document.getElementById(id).hidden = !show;
    tick();
  }

  async function loadQuestions() {
    const list = document.getElementById("questions");
    const asked = await api(`/api/complaints/tickets/${encodeURIComponent(number)}/questions`);
    if (asked.length === 0) {
      list.replaceChildren(el("li", { className: "muted", textContent: t(pages.texts.noQuestions) }));
      return;
    }
    list.replaceChildren(...asked.map((q) => el("li", {
      textContent: `${t(pages.texts[q.kind === "follow_up" ? "followUpQ" : "confirmationQ"])} · ${pages.localTime(q.dueAt)} · ${q.sentAt ? t(pages.texts.sent) : t(pages.texts.pending)}${q.lastError ? ` · ${q.lastError}` : ""}`,
    })));
  }

  function tick() {
    for (const c of clocks) {
      const cd = pages.countdown(c.iso);
      c.node.textContent = cd.text;
      c.node.className = `countdown ${cd.state}`;
    }
  }

  async function load() {
    try {
      render(await api(`/api/tickets/${encodeURIComponent(number)}`));
      await loadQuestions();
    } catch (e) {
      error.textContent = e.message;
    }
  }

  function bind(id, action, body) {
    const form = document.getElementById(id);
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      error.textContent = "";
      const button = form.querySelector("button");
      button.disabled = true;
      try {
        render(await api(`/api/tickets/${encodeURIComponent(number)}/${action}`, { method: "POST", body: { ...body(form.elements), staffId: actor } }));
        form.reset();
        await loadQuestions();
      } catch (err) {
        error.textContent = err.message;
      } finally {
        button.disabled = false;
      }
    });
  }

  const num = (v) => (v === "" ? null : Number(v));
  bind("acknowledge", "acknowledge", () => ({}));
  bind("record", "records", (f) => ({ action: f.action.value, cost: num(f.cost.value), compensationAmount: num(f.compensationAmount.value), approvalNumber: f.approvalNumber.value || null }));
  bind("resolve", "resolve", (f) => ({ summary: f.summary.value }));
  bind("reopen", "reopen", (f) => ({ reason: f.reason.value }));
  bind("close", "close", () => ({}));
  bind("grade", "grade", (f) => ({ urgency: f.urgency.value || null, level: num(f.level.value), reason: f.reason.value }));
  setInterval(tick, 1000);
  setInterval(load, 30000);
  await load();
})();

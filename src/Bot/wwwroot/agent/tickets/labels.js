// Shared by the ticket pages: their zh/en texts, display names from /api/complaints/labels, and SLA countdowns
// against the server's clock (the offset is measured once per load, so a wrong browser clock does not matter).
(function () {
  "use strict";
  const t = window.staff.t;
  const texts = {
    title: { zh: "工单", en: "Tickets" }, status: { zh: "状态", en: "Status" }, department: { zh: "部门", en: "Department" },
    owner: { zh: "负责人", en: "Owner" }, overdueOnly: { zh: "只看已超期", en: "Overdue only" }, apply: { zh: "筛选", en: "Filter" },
    any: { zh: "全部", en: "Any" }, anyOpen: { zh: "未结（默认）", en: "Not finished (default)" }, all: { zh: "全部状态", en: "All statuses" },
    number: { zh: "工单号", en: "Number" }, deadline: { zh: "下一期限", en: "Next deadline" }, urgency: { zh: "紧急度", en: "Urgency" },
    level: { zh: "级别", en: "Level" }, category: { zh: "类别", en: "Category" }, created: { zh: "创建时间", en: "Created" },
    none: { zh: "没有符合条件的工单。", en: "No tickets match." }, shown: { zh: "共 {n} 张，{o} 张已超期", en: "{n} tickets, {o} overdue" },
    overdueBy: { zh: "已超期 {d}", en: "overdue by {d}" }, left: { zh: "剩余 {d}", en: "{d} left" }, noDeadline: { zh: "—", en: "—" },
  };
  const statusNames = {
    new: { zh: "新建", en: "New" }, acknowledged: { zh: "已确认", en: "Acknowledged" }, in_progress: { zh: "处理中", en: "In progress" },
    resolved: { zh: "已解决待确认", en: "Resolved" }, confirmed: { zh: "客户已确认", en: "Confirmed" }, reopened: { zh: "重新打开", en: "Reopened" },
    closed: { zh: "已结案", en: "Closed" },
  };
  const urgencyNames = { urgent: { zh: "紧急", en: "Urgent" }, general: { zh: "一般", en: "General" }, complex: { zh: "复杂", en: "Complex" } };

  let offset = 0;
  const labels = window.staff.api("/api/complaints/labels").then((l) => { offset = Date.parse(l.now) - Date.now(); return l; });

  function name(map, id) {
    const names = map && map[id];
    if (!names) return id;
    return (window.staff.lang === "zh" ? names["zh-CN"] : names["en-US"]) || names["en-US"] || id;
  }

  /** "2 h 05 min", "3 d 4 h", "45 s". */
  function span(ms) {
    const s = Math.floor(Math.abs(ms) / 1000);
    const d = Math.floor(s / 86400), h = Math.floor((s % 86400) / 3600), m = Math.floor((s % 3600) / 60);
    if (d > 0) return `${d} d ${h} h`;
    if (h > 0) return `${h} h ${String(m).padStart(2, "0")} min`;
    return m > 0 ? `${m} min ${String(s % 60).padStart(2, "0")} s` : `${s % 60} s`;
  }

  /** Countdown text and state ("overdue", "soon" under 2 h, "") for a deadline; null deadline → dash. */
  function countdown(deadline) {
    if (!deadline) return { text: t(texts.noDeadline), state: "" };
    const left = Date.parse(deadline) - (Date.now() + offset);
    if (left < 0) return { text: t(texts.overdueBy).replace("{d}", span(left)), state: "overdue" };
    return { text: t(texts.left).replace("{d}", span(left)), state: left < 2 * 3600 * 1000 ? "soon" : "" };
  }

  function localTime(iso) {
    return iso ? new Date(iso).toLocaleString(window.staff.lang === "zh" ? "zh-CN" : "en-GB", { dateStyle: "medium", timeStyle: "short" }) : "";
  }

  function fillTexts(root = document) {
    for (const node of root.querySelectorAll("[data-text]")) node.textContent = t(texts[node.dataset.text] || statusNames[node.dataset.text] || { en: node.dataset.text });
    for (const option of root.querySelectorAll("option[value]:not([data-text])")) if (statusNames[option.value]) option.textContent = t(statusNames[option.value]);
  }

  window.ticketPages = {
    texts, labels, name, countdown, localTime, fillTexts,
    statusName: (s) => t(statusNames[s] || { en: s }),
    urgencyName: (u) => t(urgencyNames[u] || { en: u }),
    extend: (more) => Object.assign(texts, more),
  };
})();

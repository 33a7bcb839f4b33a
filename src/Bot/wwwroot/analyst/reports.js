// Satisfaction report: overview with the previous period, dimensions ranked (core weakness highlighted), trend,
// cross-analysis, top problems, priorities, the monthly table. Every bar, point and cell opens the matching comments.
(function () {
  "use strict";
  const { t, api, el, lang } = window.staff;
  const texts = {
    title: { zh: "满意度报表", en: "Satisfaction report" }, survey: { zh: "问卷", en: "Survey" }, from: { zh: "开始日期", en: "From" },
    to: { zh: "结束日期（不含）", en: "To (exclusive)" }, channel: { zh: "渠道", en: "Channel" }, customerType: { zh: "客户类型", en: "Customer type" },
    product: { zh: "产品线", en: "Product" }, staffId: { zh: "员工编号", en: "Staff id" }, team: { zh: "团队", en: "Team" },
    serviceStage: { zh: "服务环节", en: "Service stage" }, locale: { zh: "语言", en: "Language" }, apply: { zh: "生成报表", en: "Run report" },
    xlsx: { zh: "下载 XLSX", en: "Download XLSX" }, csv: { zh: "下载 CSV", en: "Download CSV" }, overview: { zh: "概览", en: "Overview" },
    dimensions: { zh: "各维度得分排名", en: "Dimension ranking" }, clickHint: { zh: "点击柱形查看该维度低分（≤2）的评论", en: "Click a bar for the comments of low scores (≤ 2) on that dimension" },
    rank: { zh: "排名", en: "Rank" }, dimension: { zh: "维度", en: "Dimension" }, mean: { zh: "平均分", en: "Mean" }, count: { zh: "数量", en: "Count" },
    trend: { zh: "趋势", en: "Trend" }, week: { zh: "按周", en: "By week" }, month: { zh: "按月", en: "By month" }, monthCol: { zh: "月份", en: "Month" }, period: { zh: "周期", en: "Period" },
    responses: { zh: "回复数", en: "Responses" }, overall: { zh: "总体得分", en: "Overall" }, cross: { zh: "交叉分析", en: "Cross-analysis" },
    group: { zh: "分组", en: "Group" }, top: { zh: "五大问题", en: "Top 5 problems" }, category: { zh: "问题类别", en: "Category" },
    share: { zh: "占比", en: "Share" }, severity: { zh: "严重度", en: "Severity" }, priority: { zh: "改进优先级", en: "Priority" },
    phrases: { zh: "关键词", en: "Key phrases" }, examples: { zh: "典型评论", en: "Typical comments" }, priorities: { zh: "改进优先级", en: "Improvement priority" },
    priorityHelp: { zh: "优先级 = 广度（占比）× 严重度（负面比例）", en: "Priority = breadth (share) × severity (negative share)" },
    monthly: { zh: "月度监测主表", en: "Monthly monitoring table" }, served: { zh: "服务客户数", en: "Customers served" },
    responseTime: { zh: "平均响应时长(秒)", en: "Avg response (s)" }, oneContact: { zh: "一次解决率", en: "One-contact resolution" },
    satisfaction: { zh: "满意度均值", en: "Mean satisfaction" }, keywords: { zh: "高频问题", en: "Frequent problems" }, major: { zh: "重大投诉数", en: "Major complaints" },
    owner: { zh: "改进责任人", en: "Owner" }, deadline: { zh: "期限", en: "Deadline" }, completed: { zh: "完成数", en: "Completed" },
    responseRate: { zh: "回复率", en: "Response rate" }, completionRate: { zh: "完成率", en: "Completion rate" }, flagged: { zh: "低分（<3）", en: "Flagged (< 3)" },
    comments: { zh: "评论数", en: "Comments" }, previous: { zh: "上期", en: "Previous period" }, weakness: { zh: "核心短板", en: "Core weakness" },
  };
  document.querySelectorAll("[data-t]").forEach((node) => { node.textContent = t(texts[node.dataset.t]); });
  document.title = t(texts.title) + " · AfterSalesBot";
  const form = document.getElementById("filters");
  const status = document.getElementById("status");
  const charts = {};
  let categories = [];
  const categoryName = (id) => { const c = categories.find((x) => x.id === id); return c ? (lang === "zh" ? c.zh : c.en) : id; };
  const num = (v, digits = 2) => (v == null ? "–" : Number(v).toFixed(digits));
  const pct = (v) => (v == null ? "–" : (v * 100).toFixed(1) + "%");

  function filterParams() {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (value !== "") params.set(key, value);
    return params;
  }

  /** Opens the comment list filtered like the report plus the clicked group. */
  function openComments(extra) {
    const params = filterParams();
    for (const [key, value] of Object.entries(extra)) params.set(key, value);
    location.href = "/analyst/comments?" + params.toString();
  }

  function chart(id, config) {
    charts[id]?.destroy();
    // No animation: a bar is where its value says the moment it is drawn (what a click or a screenshot sees).
    config.options = { animation: false, ...config.options };
    charts[id] = new Chart(document.getElementById(id), config);
    return charts[id];
  }

  function rows(tableId, items, cells, onClick) {
    const body = document.querySelector(`#${tableId} tbody`);
    body.replaceChildren();
    for (const item of items) {
      const tr = el("tr", {}, cells(item).map((c) => (c instanceof Node ? el("td", {}, [c]) : el("td", { textContent: c }))));
      if (onClick) { tr.classList.add("clickable"); tr.addEventListener("click", () => onClick(item)); }
      body.append(tr);
    }
    return body;
  }

  function kpi(label, value, previous, higherIsBetter = true) {
    const box = el("div", { className: "kpi" }, [el("div", { className: "muted", textContent: label }), el("div", { className: "value", textContent: value })]);
    if (previous !== undefined) box.append(el("div", { className: "delta muted", textContent: `${t(texts.previous)}: ${previous}` }));
    return box;
  }

  function nextDay(day, granularity) {
    const d = new Date(day + "T00:00:00Z");
    if (granularity === "month") d.setUTCMonth(d.getUTCMonth() + 1); else d.setUTCDate(d.getUTCDate() + 7);
    return d.toISOString().slice(0, 10);
  }

  async function load() {
    const params = filterParams();
    history.replaceState(null, "", "?" + params.toString());
    status.textContent = "";
    const exportBase = `/api/reports/export?${params}&lang=${lang}`;
    document.getElementById("download-xlsx").href = exportBase + "&format=xlsx";
    document.getElementById("download-csv").href = exportBase + "&format=csv";
    try {
      const granularity = document.getElementById("granularity").value;
      const by = document.getElementById("cross-by").value;
      const [s, trend, cross, monthly] = await Promise.all([
        api("/api/reports/summary?" + params), api(`/api/reports/trend?${params}&granularity=${granularity}`),
        api(`/api/reports/cross?${params}&by=${by}`), api("/api/reports/monthly?" + params),
      ]);
      const p = s.previousPeriod;
      document.getElementById("kpis").replaceChildren(
        kpi(t(texts.responses), s.responses, p ? p.responses : undefined), kpi(t(texts.completed), s.completed),
        kpi(t(texts.responseRate), pct(s.responseRate)), kpi(t(texts.completionRate), pct(s.completionRate)),
        kpi(t(texts.overall), num(s.overall), p ? num(p.overall) : undefined), kpi("CSAT", s.csat == null ? "–" : num(s.csat, 1) + "%", p ? (p.csat == null ? "–" : num(p.csat, 1) + "%") : undefined),
        kpi("NPS", num(s.nps, 1), p ? num(p.nps, 1) : undefined), kpi(t(texts.flagged), s.flagged), kpi(t(texts.comments), s.comments));

      const dims = [...s.dimensions].sort((a, b) => a.rank - b.rank);
      chart("dimension-chart", {
        type: "bar",
        data: { labels: dims.map((d) => d.questionId), datasets: [{ label: t(texts.mean), data: dims.map((d) => d.mean), backgroundColor: dims.map((d) => (d.isCoreWeakness ? "#c62828" : "#0b6bcb")) }] },
        options: { maintainAspectRatio: false, scales: { y: { min: 0, max: 5 } },
          plugins: { tooltip: { callbacks: { afterLabel: (c) => `n = ${dims[c.dataIndex].count}${dims[c.dataIndex].isCoreWeakness ? " · " + t(texts.weakness) : ""}` } } },
          onClick: (_, elements) => { if (elements.length) openComments({ question: dims[elements[0].index].questionId, maxRating: "2" }); } },
      });
      const dimBody = rows("dimensions", dims, (d) => [d.rank, d.questionId + (d.isCoreWeakness ? " ⚑ " + t(texts.weakness) : ""), num(d.mean), d.count],
        (d) => openComments({ question: d.questionId, maxRating: "2" }));
      [...dimBody.children].forEach((tr, i) => { if (dims[i].isCoreWeakness) tr.classList.add("weak"); });

      chart("trend-chart", {
        data: { labels: trend.map((x) => x.periodStart), datasets: [
          { type: "bar", label: t(texts.responses), data: trend.map((x) => x.responses), yAxisID: "n", backgroundColor: "#bcccdc" },
          { type: "line", label: t(texts.overall), data: trend.map((x) => x.overall), yAxisID: "score", borderColor: "#0b6bcb" },
        ] },
        options: { maintainAspectRatio: false, scales: { n: { position: "right", beginAtZero: true }, score: { min: 0, max: 5 } },
          onClick: (_, elements) => { if (elements.length) { const x = trend[elements[0].index]; openComments({ from: x.periodStart, to: nextDay(x.periodStart, granularity) }); } } },
      });
      rows("trend", trend, (x) => [x.periodStart, x.responses, num(x.overall), num(x.csat, 1), num(x.nps, 1)],
        (x) => openComments({ from: x.periodStart, to: nextDay(x.periodStart, granularity) }));

      const crossLabel = (r) => `${r.value || "(?)"} (n=${r.responses})`;
      chart("cross-chart", {
        type: "bar",
        data: { labels: cross.map(crossLabel), datasets: [{ label: t(texts.overall), data: cross.map((r) => r.overall), backgroundColor: "#0b6bcb" }] },
        options: { maintainAspectRatio: false, indexAxis: "y", scales: { x: { min: 0, max: 5 } },
          onClick: (_, elements) => { if (elements.length) openComments({ [by]: cross[elements[0].index].value }); } },
      });
      rows("cross", cross, (r) => [r.value || "(?)", r.responses, num(r.overall), num(r.csat, 1), num(r.nps, 1)], (r) => openComments({ [by]: r.value }));

      rows("top", s.topProblems, (x) => {
        const examples = el("div", {}, x.examples.map((e) => el("div", {}, [el("a", { href: `/analyst/comments?id=${e.id}`, textContent: e.text })])));
        return [categoryName(x.category), x.count, pct(x.share), pct(x.severity), num(x.priority, 3), x.phrases.join("、"), examples];
      });
      document.querySelectorAll("#top tbody tr").forEach((tr, i) => {
        tr.firstChild.classList.add("clickable");
        tr.firstChild.addEventListener("click", () => openComments({ category: s.topProblems[i].category }));
      });
      rows("priorities", s.priorities, (x) => [categoryName(x.category), pct(x.share), pct(x.severity), num(x.priority, 3)], (x) => openComments({ category: x.category }));
      rows("monthly", monthly, (m) => [m.month, m.team || "(?)", m.serviceStage || "(?)", m.channel, m.customersServed ?? "–", num(m.averageResponseSeconds, 0),
        pct(m.oneContactResolutionRate), m.responses, num(m.meanSatisfaction), m.frequentProblems.map(categoryName).join("、"), m.majorComplaints, m.improvementOwner ?? "–", m.deadline ?? "–"],
      (m) => { const from = m.month + "-01"; openComments({ from, to: nextDay(from, "month"), team: m.team, serviceStage: m.serviceStage, channel: m.channel }); });
    } catch (error) {
      status.textContent = error.message;
    }
  }

  function readUrl() {
    const params = new URLSearchParams(location.search);
    for (const [key, value] of params) { const input = form.elements.namedItem(key); if (input) input.value = value; }
    if (!form.elements.namedItem("to").value) {
      const today = new Date();
      const to = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1));
      const from = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 2, 1));
      form.elements.namedItem("to").value = to.toISOString().slice(0, 10);
      if (!form.elements.namedItem("from").value) form.elements.namedItem("from").value = from.toISOString().slice(0, 10);
    }
  }

  form.addEventListener("submit", (event) => { event.preventDefault(); load(); });
  document.getElementById("granularity").addEventListener("change", load);
  document.getElementById("cross-by").addEventListener("change", load);
  (async () => {
    readUrl();
    categories = (await api("/api/comments/taxonomy")).categories;
    await load();
  })();
})();

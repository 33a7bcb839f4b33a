// Comment review: filters (also taken from the URL, so a report's bar or cell lands here filtered), lowest confidence
// first or the flagged view, re-tag one or many, and for admins the model history with retrain and rollback.
(function () {
  "use strict";
  const { t, api, el, lang } = window.staff;
  const texts = {
    title: { zh: "评论审核", en: "Comment review" },
    viewAll: { zh: "全部（置信度最低在前）", en: "All (lowest confidence first)" },
    viewFlagged: { zh: "需特别分析", en: "Flagged for special analysis" },
    survey: { zh: "问卷", en: "Survey" }, from: { zh: "开始日期", en: "From" }, to: { zh: "结束日期（不含）", en: "To (exclusive)" },
    search: { zh: "全文搜索", en: "Search text" }, category: { zh: "问题类别", en: "Category" }, sentiment: { zh: "情感", en: "Sentiment" },
    emotion: { zh: "情绪", en: "Emotion" }, rating: { zh: "评分等于", en: "Rating =" }, maxRating: { zh: "评分不高于", en: "Rating ≤" },
    maxConfidence: { zh: "置信度不高于", en: "Confidence ≤" }, product: { zh: "产品", en: "Product" }, staffId: { zh: "员工编号", en: "Staff id" },
    channel: { zh: "渠道", en: "Channel" }, customerType: { zh: "客户类型", en: "Customer type" }, source: { zh: "来源", en: "Source" },
    unmasked: { zh: "显示个人信息（留审计记录）", en: "Show personal data (audited)" },
    apply: { zh: "筛选", en: "Apply" }, clear: { zh: "清除", en: "Clear" }, bulk: { zh: "批量改标签：已选", en: "Bulk re-tag: selected" },
    retagSelected: { zh: "改选中项", en: "Re-tag selected" }, when: { zh: "时间 / 来源", en: "When / source" }, comment: { zh: "原话", en: "Verbatim" },
    ratings: { zh: "评分", en: "Ratings" }, machine: { zh: "机器标签（置信度）", en: "Machine tags (confidence)" }, label: { zh: "分析员标签", en: "Analyst label" },
    retag: { zh: "改标签", en: "Re-tag" }, save: { zh: "保存", en: "Save" }, prev: { zh: "上一页", en: "Previous" }, next: { zh: "下一页", en: "Next" },
    none: { zh: "没有符合条件的评论", en: "No comments match" }, saved: { zh: "已保存", en: "Saved" }, pick: { zh: "先选择新标签", en: "Choose a new tag first" },
    noneSelected: { zh: "没有选中评论", en: "No comments selected" }, major: { zh: "重大服务失误", en: "Major service failure" },
    models: { zh: "分类模型", en: "Classifier models" },
    modelsHelp: { zh: "用种子语料＋分析员标签重新训练；只有在固定验证集上不比当前模型差才会启用，否则保留为候选。",
      en: "Retrain from the seed corpus plus analyst labels; promoted only if not worse than the model in use on the fixed validation set, otherwise kept as a candidate." },
    trainCategory: { zh: "重训类别模型", en: "Retrain category" }, trainSentiment: { zh: "重训情感模型", en: "Retrain sentiment" },
    trainEmotion: { zh: "重训情绪模型", en: "Retrain emotion" }, task: { zh: "任务", en: "Task" }, version: { zh: "版本", en: "Version" },
    status: { zh: "状态", en: "Status" }, baseline: { zh: "基线（macro-F1）", en: "Baseline (macro-F1)" }, labels: { zh: "标签行", en: "Label rows" },
    by: { zh: "操作人", en: "By" }, rollback: { zh: "回滚", en: "Roll back" }, training: { zh: "训练中…", en: "Training…" },
  };
  document.querySelectorAll("[data-t]").forEach((node) => { node.textContent = t(texts[node.dataset.t]); });
  document.title = t(texts.title) + " · AfterSalesBot";

  const form = document.getElementById("filters");
  const tbody = document.querySelector("#comments tbody");
  const status = document.getElementById("status");
  const pageSize = 50;
  let offset = 0;
  let flagged = false;
  let categories = [];
  const selected = new Set();

  const categoryName = (id) => { const c = categories.find((x) => x.id === id); return c ? (lang === "zh" ? c.zh : c.en) : id; };
  const pct = (v) => (v == null ? "–" : Math.round(v * 100) + "%");

  function fillSelects(taxonomy) {
    categories = taxonomy.categories;
    const fill = (selector, values, name) => document.querySelectorAll(selector).forEach((select) => {
      for (const v of values) select.append(el("option", { value: v, textContent: name(v) }));
    });
    fill("select.categories", categories.map((c) => c.id), categoryName);
    fill("select.sentiments", taxonomy.sentiments, (v) => v);
    fill("select.emotions", taxonomy.emotions, (v) => v);
  }

  function readUrl() {
    const params = new URLSearchParams(location.search);
    for (const [key, value] of params) {
      const input = form.elements.namedItem(key);
      if (input && input.type === "checkbox") input.checked = value === "true";
      else if (input) input.value = value;
    }
    flagged = params.get("flagged") === "true";
    offset = Number(params.get("offset") || 0);
  }

  function query() {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (value !== "") params.set(key, value);
    if (flagged) params.set("flagged", "true");
    params.set("offset", String(offset));
    params.set("limit", String(pageSize));
    return params;
  }

  function tagCell(row) {
    const cell = el("td");
    const lowConfidence = row.categoryConfidence != null && row.categoryConfidence < 0.5;
    if (row.category) cell.append(el("span", { className: "tag" + (lowConfidence ? " low" : ""), textContent: `${categoryName(row.category)} ${pct(row.categoryConfidence)}` }));
    if (row.sentiment) cell.append(el("span", { className: "tag", textContent: `${row.sentiment} ${row.sentimentScore == null ? "" : row.sentimentScore.toFixed(2)}` }));
    if (row.emotion) cell.append(el("span", { className: "tag", textContent: `${row.emotion} ${pct(row.emotionConfidence)}` }));
    if (row.modelVersion) cell.append(el("div", { className: "muted", textContent: row.modelVersion }));
    return cell;
  }

  function labelCell(row) {
    const cell = el("td", { className: "label-cell" });
    for (const [value, name] of [[row.labelCategory, categoryName], [row.labelSentiment, (v) => v], [row.labelEmotion, (v) => v]]) {
      if (value) cell.append(el("span", { className: "tag label", textContent: name(value) }));
    }
    if (row.labelledBy) cell.append(el("div", { className: "muted", textContent: `${row.labelledBy} ${row.labelledAt ? new Date(row.labelledAt).toLocaleString() : ""}` }));
    return cell;
  }

  function retagCell(row) {
    const category = el("select", { className: "retag-category" }, [el("option", { value: "", textContent: "–" })]);
    for (const c of categories) category.append(el("option", { value: c.id, textContent: categoryName(c.id) }));
    const sentiment = el("select", { className: "retag-sentiment" }, ["", "negative", "neutral", "positive"].map((v) => el("option", { value: v, textContent: v || "–" })));
    const save = el("button", { type: "button", className: "retag-save", textContent: t(texts.save) });
    save.addEventListener("click", () => relabel([row.id], category.value, sentiment.value, ""));
    return el("td", { className: "retag" }, [category, sentiment, save]);
  }

  async function load() {
    const params = query();
    history.replaceState(null, "", "?" + params.toString());
    status.textContent = "";
    try {
      const result = await api("/api/comments?" + params.toString());
      tbody.replaceChildren();
      selected.clear();
      document.getElementById("selected-count").textContent = "0";
      document.getElementById("select-all").checked = false;
      if (result.items.length === 0) tbody.append(el("tr", {}, [el("td", { colSpan: 7, className: "muted", textContent: t(texts.none) })]));
      for (const row of result.items) {
        const box = el("input", { type: "checkbox", className: "pick", value: String(row.id) });
        box.addEventListener("change", () => { box.checked ? selected.add(row.id) : selected.delete(row.id); document.getElementById("selected-count").textContent = String(selected.size); });
        const when = el("td", {}, [el("div", { textContent: row.day }), el("div", { className: "muted", textContent: row.source ? `${t(texts.source)}: ${row.source}` : row.channel })]);
        const text = el("td", { className: "comment-text" }, [el("span", { textContent: row.text })]);
        if (row.majorFailure) text.prepend(el("div", { className: "flag", textContent: "⚑ " + t(texts.major) }));
        const ratings = el("td", { textContent: Object.entries(row.ratings).map(([q, v]) => `${q} ${v}`).join(" · ") });
        if (Object.values(row.ratings).some((v) => v < 3)) ratings.classList.add("flag");
        tbody.append(el("tr", { id: "c" + row.id }, [el("td", {}, [box]), when, text, ratings, tagCell(row), labelCell(row), retagCell(row)]));
        tbody.lastElementChild.dataset.id = String(row.id);
      }
      document.getElementById("page").textContent = `${offset + 1}–${offset + result.items.length}`;
      document.getElementById("prev").disabled = offset === 0;
      document.getElementById("next").disabled = result.items.length < pageSize;
    } catch (error) {
      status.textContent = error.message;
      status.className = "status error";
    }
  }

  async function relabel(ids, category, sentiment, emotion) {
    if (ids.length === 0) { status.textContent = t(texts.noneSelected); return; }
    if (!category && !sentiment && !emotion) { status.textContent = t(texts.pick); return; }
    try {
      const result = await api("/api/comments/labels", { method: "POST", body: { ids, category: category || null, sentiment: sentiment || null, emotion: emotion || null } });
      await load();
      status.textContent = `${t(texts.saved)}: ${result.labelled}`;
      status.className = "status muted";
    } catch (error) {
      status.textContent = error.message;
      status.className = "status error";
    }
  }

  async function loadModels() {
    const result = await api("/api/models");
    const body = document.querySelector("#model-history tbody");
    body.replaceChildren();
    for (const m of result.models) {
      const back = el("button", { type: "button", className: "secondary rollback", textContent: t(texts.rollback) });
      back.hidden = m.status !== "promoted";
      back.addEventListener("click", async () => {
        try { const r = await api(`/api/models/${m.task}/rollback`, { method: "POST" }); document.getElementById("model-status").textContent = `${m.task} → ${r.restored}`; }
        catch (error) { document.getElementById("model-status").textContent = error.message; }
        await loadModels();
      });
      body.append(el("tr", {}, [
        el("td", { textContent: m.id }), el("td", { textContent: m.task }), el("td", { textContent: m.version }), el("td", { textContent: m.status }),
        el("td", { textContent: m.macroF1.toFixed(4) }), el("td", { textContent: `${m.baselineVersion} (${m.baselineMacroF1.toFixed(4)})` }),
        el("td", { textContent: m.labelRows }), el("td", { textContent: m.createdBy }), el("td", {}, [back]),
      ]));
    }
  }

  document.querySelectorAll("button.train").forEach((button) => button.addEventListener("click", async () => {
    const out = document.getElementById("model-status");
    out.textContent = t(texts.training);
    try {
      const m = await api(`/api/models/${button.dataset.task}/train`, { method: "POST" });
      out.textContent = `${m.task} ${m.version}: ${m.status} — macro-F1 ${m.macroF1.toFixed(4)} vs ${m.baselineVersion} ${m.baselineMacroF1.toFixed(4)}`;
    } catch (error) { out.textContent = error.message; }
    await loadModels();
  }));

  form.addEventListener("submit", (event) => { event.preventDefault(); offset = 0; load(); });
  document.getElementById("clear").addEventListener("click", () => { form.reset(); form.querySelectorAll("input[type=hidden]").forEach((i) => { i.value = ""; }); offset = 0; load(); });
  document.getElementById("prev").addEventListener("click", () => { offset = Math.max(0, offset - pageSize); load(); });
  document.getElementById("next").addEventListener("click", () => { offset += pageSize; load(); });
  document.getElementById("select-all").addEventListener("change", (event) => {
    tbody.querySelectorAll("input.pick").forEach((box) => { box.checked = event.target.checked; box.dispatchEvent(new Event("change")); });
  });
  document.getElementById("bulk-apply").addEventListener("click", () => relabel(
    [...selected], document.getElementById("bulk-category").value, document.getElementById("bulk-sentiment").value, document.getElementById("bulk-emotion").value));
  for (const [id, value] of [["view-all", false], ["view-flagged", true]]) {
    document.getElementById(id).addEventListener("click", () => {
      flagged = value; offset = 0;
      document.getElementById("view-all").classList.toggle("active", !value);
      document.getElementById("view-flagged").classList.toggle("active", value);
      load();
    });
  }

  (async () => {
    readUrl();
    document.getElementById("view-all").classList.toggle("active", !flagged);
    document.getElementById("view-flagged").classList.toggle("active", flagged);
    const [me, taxonomy] = await Promise.all([window.staff.me, api("/api/comments/taxonomy")]);
    fillSelects(taxonomy);
    readUrl();
    if (me.role === "supervisor" || me.role === "admin") document.getElementById("unmasked-box").hidden = false;
    if (me.role === "admin") { document.getElementById("models").hidden = false; loadModels(); }
    await load();
  })();
})();

// The agent console: the live queue (SignalR "changed" pushes, then a read over the API), one conversation with its
// transcript and survey answers, take / reply / typing / hand back / end, and the call-back list with outcomes.
// Everything customers wrote is put on the page with textContent, never innerHTML.
(function () {
  "use strict";
  const { t, api, el } = window.staff;
  const T = {
    queue: { zh: "排队中", en: "Waiting" },
    active: { zh: "接待中", en: "With an agent" },
    callbacks: { zh: "待回电", en: "Call-backs" },
    live: { zh: "实时更新已连接", en: "Live updates on" },
    offline: { zh: "实时更新已断开，正在重连…", en: "Live updates lost, reconnecting…" },
    empty: { zh: "（无）", en: "(none)" },
    take: { zh: "接入", en: "Take" },
    send: { zh: "发送", en: "Send" },
    release: { zh: "交还机器人", en: "Hand back to bot" },
    end: { zh: "结束对话", en: "End conversation" },
    question: { zh: "问题", en: "Question" },
    value: { zh: "回答", en: "Answer" },
    tags: { zh: "标签", en: "Tags" },
    customer: { zh: "客户", en: "Customer" },
    bot: { zh: "机器人", en: "Bot" },
    waiting: { zh: "等待", en: "waiting" },
    due: { zh: "截止", en: "due" },
    overdue: { zh: "已超时", en: "overdue" },
    outcome: { zh: "回电结果", en: "Outcome" },
    done: { zh: "已完成", en: "Done" },
    failed: { zh: "未联系上", en: "Not reached" },
    record: { zh: "记录", en: "Record" },
    placeholder: { zh: "输入回复…", en: "Type a reply…" },
    reasons: {
      customer_request: { zh: "客户要求人工", en: "asked for a person" },
      low_rating: { zh: "低分", en: "low rating" },
      negative_sentiment: { zh: "负面情绪", en: "unhappy comment" },
      complaint_escalation: { zh: "投诉升级", en: "complaint escalation" },
    },
  };
  const $ = (id) => document.getElementById(id);
  let me = null;
  let selected = null;       // the open hand-off (as last read)
  let lastSequence = 0;      // the last transcript sequence shown
  let lastTyping = 0;

  for (const [id, key] of [["queue-title", "queue"], ["active-title", "active"], ["callbacks-title", "callbacks"], ["take", "take"], ["send", "send"],
    ["release", "release"], ["end", "end"], ["answers-question", "question"], ["answers-value", "value"], ["answers-tags", "tags"]]) {
    $(id).textContent = t(T[key]);
  }
  $("reply-text").placeholder = t(T.placeholder);

  const reason = (r) => (T.reasons[r] ? t(T.reasons[r]) : r);
  const time = (iso) => new Date(iso).toLocaleString(document.documentElement.lang, { month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit" });
  const showError = (error) => { $("error").textContent = error ? error.message || String(error) : ""; };

  function item(handoff) {
    const li = el("li", { className: selected && selected.id === handoff.id ? "selected" : "" }, [
      el("strong", { textContent: `${handoff.channelId} · ${handoff.conversationId.slice(0, 12)}` }),
      el("span", { className: "reason", textContent: handoff.status === "queued"
        ? `#${handoff.position} · ${reason(handoff.reason)} · ${t(T.waiting)} ${time(handoff.queuedAt)}`
        : `${reason(handoff.reason)} · ${handoff.agentDisplayName || handoff.agent}` }),
    ]);
    li.dataset.id = handoff.id;
    li.addEventListener("click", () => open(handoff.id));
    return li;
  }

  async function refreshQueue() {
    const all = await api("/api/handoffs");
    const queued = all.filter((h) => h.status === "queued");
    const active = all.filter((h) => h.status === "active");
    $("queue").replaceChildren(...(queued.length ? queued.map(item) : [el("li", { className: "muted", textContent: t(T.empty) })]));
    $("active").replaceChildren(...(active.length ? active.map(item) : [el("li", { className: "muted", textContent: t(T.empty) })]));
  }

  async function refreshCallbacks() {
    const tasks = await api("/api/callbacks?status=open");
    const now = Date.now();
    $("callbacks").replaceChildren(...(tasks.length ? tasks.map((task) => {
      const overdue = new Date(task.dueAt).getTime() < now;
      const outcome = el("input", { placeholder: t(T.outcome), size: 14 });
      const status = el("select", {}, [el("option", { value: "done", textContent: t(T.done) }), el("option", { value: "failed", textContent: t(T.failed) })]);
      const record = el("button", { type: "button", textContent: t(T.record) });
      record.addEventListener("click", async () => {
        try {
          await api(`/api/callbacks/${task.id}/close`, { method: "POST", body: { status: status.value, outcome: outcome.value } });
          await refreshCallbacks();
        } catch (error) { showError(error); }
      });
      return el("li", {}, [
        el("strong", { textContent: `${reason(task.source)} · ${task.reason}` }),
        el("span", { className: overdue ? "reason overdue" : "reason", textContent: `${t(overdue ? T.overdue : T.due)} ${time(task.dueAt)}` }),
        el("span", { className: "reason", textContent: task.contact || (task.conversation ? task.conversation.conversationId : "") }),
        outcome, status, record,
      ]);
    }) : [el("li", { className: "muted", textContent: t(T.empty) })]));
  }

  function message(m) {
    const agent = (m.fromId || "").startsWith("agent:");
    const who = m.direction === "in" ? t(T.customer) : agent ? m.fromName : t(T.bot);
    const li = el("li", { className: m.direction === "in" ? "in" : agent ? "agent" : "out" }, [
      el("span", { className: "from", textContent: `${who} · ${time(m.timestamp)}` }),
      el("span", { className: "text", textContent: m.text || "" }),
    ]);
    li.dataset.sequence = m.sequence;
    return li;
  }

  function render(detail, fresh) {
    const h = detail.handoff;
    selected = h;
    $("conversation").hidden = false;
    $("conversation-title").textContent = `${h.channelId} · ${h.conversationId}`;
    $("conversation-meta").textContent = `${reason(h.reason)}${h.detail ? " (" + h.detail + ")" : ""} · ${h.status}${h.agentDisplayName ? " · " + h.agentDisplayName : ""}`;
    $("take").hidden = h.status !== "queued";
    const mine = h.status === "active" && (h.agent === me.name || me.role !== "agent");
    $("reply").hidden = !mine;
    $("answers").querySelector("tbody").replaceChildren(...detail.answers.map((a) => el("tr", {}, [
      el("td", { textContent: a.questionId }),
      el("td", { textContent: a.rawText || a.value || "" }),
      el("td", { textContent: [a.category, a.sentiment, a.emotion].filter(Boolean).join(" · ") }),
    ])));
    const list = $("transcript");
    if (fresh) list.replaceChildren();
    for (const m of detail.transcript) {
      if (m.sequence > lastSequence) {
        list.append(message(m));
        lastSequence = m.sequence;
      }
    }
    list.scrollTop = list.scrollHeight;
    for (const li of document.querySelectorAll(".items li[data-id]")) li.classList.toggle("selected", li.dataset.id === h.id);
  }

  async function open(id) {
    showError(null);
    lastSequence = 0;
    try { render(await api(`/api/handoffs/${id}`), true); } catch (error) { showError(error); }
  }

  async function refreshSelected() {
    if (!selected) return;
    try { render(await api(`/api/handoffs/${selected.id}?after=${lastSequence}`), false); } catch (error) { showError(error); }
  }

  async function act(path) {
    showError(null);
    try {
      await api(`/api/handoffs/${selected.id}/${path}`, { method: "POST" });
      await Promise.all([refreshQueue(), refreshSelected()]);
    } catch (error) { showError(error); }
  }

  $("take").addEventListener("click", () => act("take"));
  $("release").addEventListener("click", () => act("release"));
  $("end").addEventListener("click", () => act("end"));
  $("reply").addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = $("reply-text").value.trim();
    if (!text) return;
    showError(null);
    try {
      await api(`/api/handoffs/${selected.id}/messages`, { method: "POST", body: { text } });
      $("reply-text").value = "";
      await refreshSelected();
    } catch (error) { showError(error); }
  });
  $("reply-text").addEventListener("input", () => {
    if (!selected || Date.now() - lastTyping < 3000) return;
    lastTyping = Date.now();
    api(`/api/handoffs/${selected.id}/typing`, { method: "POST" }).catch(() => { /* typing is best effort */ });
  });

  async function start() {
    me = await window.staff.me;
    const connection = new signalR.HubConnectionBuilder().withUrl("/api/handoffs/hub").withAutomaticReconnect().build();
    connection.on("changed", () => { refreshQueue().catch(showError); refreshSelected(); });
    connection.onreconnecting(() => { $("live").textContent = t(T.offline); });
    connection.onreconnected(() => { $("live").textContent = t(T.live); refreshQueue().catch(showError); });
    await connection.start();
    $("live").textContent = t(T.live);
    setInterval(() => connection.invoke("Heartbeat").catch(() => { /* reconnect handles it */ }), 20000);
    setInterval(() => refreshCallbacks().catch(showError), 60000);
    await Promise.all([refreshQueue(), refreshCallbacks()]);
  }

  start().catch(showError);
})();

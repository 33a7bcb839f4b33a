// /agent/tickets: tickets with filters, overdue first, and a live countdown to each next deadline.
(async function () {
  "use strict";
  const { api, t, el } = window.staff;
  const pages = window.ticketPages;
  pages.fillTexts();
  const form = document.getElementById("filters");
  const body = document.querySelector("#tickets tbody");
  const summary = document.getElementById("summary");
  const error = document.getElementById("error");
  const params = new URLSearchParams(location.search);
  for (const [key, value] of params) {
    const field = form.elements[key];
    if (field && field.type === "checkbox") field.checked = value === "true";
    else if (field) field.value = value;
  }

  const labels = await pages.labels;
  const departments = form.elements.department;
  for (const id of Object.keys(labels.departments)) departments.append(el("option", { value: id, textContent: pages.name(labels.departments, id) }));
  if (params.get("department")) departments.value = params.get("department");

  let rows = [];
  const finished = ["resolved", "confirmed", "closed"];

  async function load() {
    error.textContent = "";
    const query = new URLSearchParams();
    const status = form.elements.status.value;
    if (status && status !== "*") query.set("status", status);
    if (departments.value) query.set("department", departments.value);
    if (form.elements.owner.value.trim()) query.set("owner", form.elements.owner.value.trim());
    query.set("limit", "500");
    try {
      let tickets = await api(`/api/tickets?${query}`);
      if (!status) tickets = tickets.filter((x) => !finished.includes(x.status));
      if (form.elements.overdue.checked) tickets = tickets.filter((x) => x.overdue);
      render(tickets);
    } catch (e) {
      error.textContent = e.message;
    }
  }

  function render(tickets) {
    body.replaceChildren();
    rows = [];
    if (tickets.length === 0) body.append(el("tr", {}, [el("td", { colSpan: 9, className: "muted", textContent: t(pages.texts.none) })]));
    for (const x of tickets) {
      const deadline = el("td", { className: "deadline countdown" });
      const row = el("tr", { className: `level-${x.level}` }, [
        el("td", {}, [el("a", { href: `/agent/tickets/${encodeURIComponent(x.number)}`, textContent: x.number })]),
        deadline,
        el("td", { textContent: pages.statusName(x.status) }),
        el("td", { textContent: pages.urgencyName(x.urgency) }),
        el("td", { textContent: String(x.level) }),
        el("td", { textContent: pages.name(labels.categories, x.category) }),
        el("td", { textContent: pages.name(labels.departments, x.department) }),
        el("td", { textContent: x.owner }),
        el("td", { textContent: pages.localTime(x.createdAt) }),
      ]);
      row.dataset.number = x.number;
      body.append(row);
      rows.push({ row, deadline, due: x.nextDeadline });
    }
    const overdue = tickets.filter((x) => x.overdue).length;
    summary.textContent = t(pages.texts.shown).replace("{n}", tickets.length).replace("{o}", overdue);
    tick();
  }

  function tick() {
    for (const r of rows) {
      const c = pages.countdown(r.due);
      r.deadline.textContent = c.text;
      r.row.classList.toggle("overdue", c.state === "overdue");
      r.row.classList.toggle("soon", c.state === "soon");
    }
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const query = new URLSearchParams();
    for (const name of ["status", "department", "owner"]) if (form.elements[name].value) query.set(name, form.elements[name].value);
    if (form.elements.overdue.checked) query.set("overdue", "true");
    history.replaceState(null, "", `?${query}`);
    load();
  });
  setInterval(tick, 1000);
  setInterval(load, 30000);
  await load();
})();

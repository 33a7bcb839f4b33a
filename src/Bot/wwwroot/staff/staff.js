// Shared by every staff page: who is signed in, the language, the navigation bar, and a fetch helper for the
// staff APIs. Pages keep their own zh/en texts and call staff.t({ zh: "…", en: "…" }).
(function () {
  "use strict";

  const stored = localStorage.getItem("staff.lang");
  const lang = stored === "zh" || stored === "en" ? stored : (navigator.language || "en").toLowerCase().startsWith("zh") ? "zh" : "en";
  document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";

  /** Picks the text for the page language from { zh, en }. */
  function t(texts) {
    return texts[lang] ?? texts.en;
  }

  /** fetch for the staff APIs: JSON in and out, the sign-in cookie sent, an Error with the problem detail on non-2xx. */
  async function api(url, options = {}) {
    const init = { credentials: "same-origin", headers: { Accept: "application/json" }, ...options };
    if (options.body !== undefined && typeof options.body !== "string" && !(options.body instanceof FormData)) {
      init.body = JSON.stringify(options.body);
      init.headers = { ...init.headers, "Content-Type": "application/json" };
    }
    const response = await fetch(url, init);
    if (response.status === 401) {
      location.href = "/account/signin?returnUrl=" + encodeURIComponent(location.pathname + location.search);
      throw new Error(t({ zh: "请先登录", en: "Please sign in" }));
    }
    if (!response.ok) {
      let detail = response.statusText;
      try {
        const problem = await response.json();
        detail = problem.detail || problem.title || detail;
      } catch { /* not JSON */ }
      const error = new Error(detail);
      error.status = response.status;
      throw error;
    }
    const type = response.headers.get("Content-Type") || "";
    return type.includes("json") ? response.json() : response;
  }

  const links = [
    { href: "/agent", roles: ["agent", "supervisor", "admin"], zh: "坐席台", en: "Console" },
    { href: "/agent/tickets", roles: ["agent", "supervisor", "admin"], zh: "工单", en: "Tickets" },
    { href: "/analyst/comments", roles: ["analyst", "supervisor", "admin"], zh: "评论", en: "Comments" },
    { href: "/analyst/reports", roles: ["analyst", "supervisor", "admin"], zh: "报表", en: "Reports" },
    { href: "/analyst/plans", roles: ["analyst", "supervisor", "admin"], zh: "改进计划", en: "Plans" },
  ];

  function el(tag, props = {}, children = []) {
    const node = document.createElement(tag);
    Object.assign(node, props);
    for (const child of children) node.append(child);
    return node;
  }

  function renderNav(me) {
    const nav = document.getElementById("staff-nav");
    if (!nav) return;
    nav.replaceChildren();
    for (const link of links.filter((l) => l.roles.includes(me.role))) {
      const current = location.pathname === link.href || (link.href !== "/agent" && location.pathname.startsWith(link.href));
      nav.append(el("a", { href: link.href, textContent: t(link), className: current ? "current" : "" }));
    }
    nav.append(el("span", { className: "spacer" }));
    nav.append(el("span", { className: "who", textContent: `${me.displayName} · ${me.role}` }));
    const other = lang === "zh" ? "en" : "zh";
    const switcher = el("button", { type: "button", textContent: other === "zh" ? "中文" : "English", title: "language" });
    switcher.addEventListener("click", () => { localStorage.setItem("staff.lang", other); location.reload(); });
    nav.append(switcher);
    const signOut = el("form", { method: "post", action: "/account/signout" }, [el("button", { type: "submit", textContent: t({ zh: "退出", en: "Sign out" }) })]);
    nav.append(signOut);
  }

  const me = api("/api/me").then((user) => { renderNav(user); return user; });
  window.staff = { me, lang, t, api, el };
})();

// égide console — the assistant page. No build step, no library: the server decides, this script shows.
// Every text from the person or the model is put in the page with textContent, never as HTML.
(function () {
  "use strict";
  const root = document.getElementById("assistant");
  if (!root) return;
  const base = root.dataset.base;
  const csrf = root.dataset.csrf;
  const storeKey = "egide-assistant:" + (root.dataset.user || "");
  const $ = (id) => document.getElementById(id);
  const message = $("message");
  const sendButton = $("send");
  const thread = $("thread");
  const AI_MARK = "Contenu généré par IA — à vérifier";

  // -- conversations kept in this browser (localStorage) ------------------------------------------
  function loadAll() {
    try { return JSON.parse(localStorage.getItem(storeKey) || "[]"); } catch (e) { return []; }
  }
  function saveAll(list) { localStorage.setItem(storeKey, JSON.stringify(list.slice(0, 30))); }
  function newConversation() {
    const id = (crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random()).replace(/-/g, "");
    return { id: id, serverId: null, title: "", messages: [] };
  }
  let conversation = newConversation();
  function keepLocal() {
    if (!conversation.messages.length) return;
    const list = loadAll().filter((c) => c.id !== conversation.id);
    list.unshift(conversation);
    saveAll(list);
    renderLocalList();
  }
  function renderLocalList() {
    const ul = $("local-list");
    ul.replaceChildren();
    const list = loadAll();
    if (!list.length) {
      const li = document.createElement("li");
      li.className = "muted";
      li.textContent = "Aucune.";
      ul.append(li);
    }
    for (const c of list) {
      const li = document.createElement("li");
      const open = document.createElement("button");
      open.type = "button";
      open.className = "link";
      open.textContent = c.title || "Conversation";
      open.addEventListener("click", () => openConversation(c));
      const drop = document.createElement("button");
      drop.type = "button";
      drop.className = "link danger-link";
      drop.textContent = "Effacer";
      drop.addEventListener("click", () => {
        saveAll(loadAll().filter((x) => x.id !== c.id));
        if (conversation.id === c.id) openConversation(newConversation());
        renderLocalList();
      });
      li.append(open, " ", drop);
      ul.append(li);
    }
  }
  function openConversation(c) {
    conversation = c;
    thread.replaceChildren();
    for (const m of c.messages) {
      if (m.role === "user") addQuestion(m.content);
      else {
        const view = addAnswer(m.meta || {});
        view.setText(m.content);
        view.done(m.meta || {});
      }
    }
    scheduleCheck();
  }

  // -- calls ----------------------------------------------------------------------------------------
  async function post(path, body, signal) {
    return fetch(base + path, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify(body),
      credentials: "same-origin",
      signal: signal,
    });
  }
  async function postJSON(path, body, signal) {
    const response = await post(path, body, signal);
    const data = await response.json().catch(() => ({ error: "réponse illisible du serveur" }));
    if (!response.ok) throw new Error(data.error || "erreur " + response.status);
    return data;
  }
  function tool() {
    const checked = document.querySelector("input[name=tool]:checked");
    return checked ? { alias: checked.value, name: checked.dataset.tool } : null;
  }
  function history() {
    return conversation.messages.map((m) => ({ role: m.role, content: m.content }));
  }

  // -- text with highlights -------------------------------------------------------------------------
  function marked(container, text, spans, className) {
    container.replaceChildren();
    let at = 0;
    for (const s of spans) {
      if (s.start < at) continue;
      container.append(text.slice(at, s.start));
      const mark = document.createElement("mark");
      mark.className = className(s);
      mark.title = s.category || s.name || "";
      mark.textContent = text.slice(s.start, s.end);
      container.append(mark);
      at = s.end;
    }
    container.append(text.slice(at));
  }
  function slug(value) {
    return String(value).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z]+/g, "-");
  }
  function legend(container, counts, prefix) {
    container.replaceChildren();
    const entries = Object.entries(counts);
    container.hidden = !entries.length;
    for (const [name, n] of entries) {
      const item = document.createElement("span");
      item.className = "legend-item " + prefix + slug(name);
      item.textContent = name + " : " + n;
      container.append(item);
    }
  }

  // -- the check before sending (debounced; the newest answer wins) ---------------------------------
  let timer = null;
  let inflight = null;
  let checkedOk = false;
  function scheduleCheck() {
    clearTimeout(timer);
    checkedOk = false;
    sendButton.disabled = true;
    timer = setTimeout(runCheck, 250);
  }
  async function runCheck() {
    const text = message.value;
    const chosen = tool();
    const status = $("check-status");
    for (const id of ["highlights", "highlights-title", "outgoing", "outgoing-title", "refusal", "check-legend"]) $(id).hidden = true;
    if (!text.trim() || !chosen) {
      status.hidden = false;
      status.textContent = "L'analyse s'affiche ici pendant que vous écrivez.";
      return;
    }
    if (inflight) inflight.abort();
    inflight = new AbortController();
    status.hidden = false;
    status.textContent = "Analyse…";
    try {
      const report = await postJSON(
        "/assistant/check",
        { tool: chosen.alias, text: text, history: history(), conversation: conversation.id },
        inflight.signal,
      );
      if (message.value !== text) return; // typed meanwhile: the next check will show
      showReport(text, report);
    } catch (error) {
      if (error.name === "AbortError") return;
      status.textContent = error.message;
      status.className = "notice error";
    }
  }
  function showReport(text, report) {
    const status = $("check-status");
    status.className = "muted";
    const n = report.findings.length;
    status.textContent = n
      ? n + " élément(s) identifiant(s) détecté(s) pour « " + report.tool + " » (classe " + report.confidentiality + ")."
      : "Aucun élément identifiant détecté.";
    legend($("check-legend"), report.by_category, "cat-");
    if (n) {
      marked($("highlights"), text, report.findings, (s) => "finding cat-" + slug(s.category));
      $("highlights").hidden = $("highlights-title").hidden = false;
    }
    if (report.refusal) {
      $("refusal").textContent = report.refusal;
      $("refusal").hidden = false;
      checkedOk = false;
    } else {
      $("outgoing").textContent = report.outgoing;
      $("outgoing").hidden = $("outgoing-title").hidden = false;
      checkedOk = true;
    }
    sendButton.disabled = !checkedOk;
  }
  message.addEventListener("input", scheduleCheck);
  for (const radio of document.querySelectorAll("input[name=tool]")) radio.addEventListener("change", scheduleCheck);

  // -- the thread -----------------------------------------------------------------------------------
  function addQuestion(text) {
    const li = document.createElement("li");
    li.className = "message question";
    const p = document.createElement("div");
    p.className = "textview";
    p.textContent = text;
    li.append(p);
    thread.append(li);
  }
  function when(iso) {
    const d = iso ? new Date(iso) : new Date();
    return d.toLocaleString("fr-FR", { dateStyle: "short", timeStyle: "short" });
  }
  function mention(meta) {
    return "\n\n— " + AI_MARK + " (outil : " + (meta.tool || "?") + ", modèle : " + (meta.model || "?") +
      ", " + when(meta.at) + ")" + (meta.verdict ? " — " + meta.verdict + " par un professionnel" : "");
  }
  function addAnswer(meta) {
    const node = $("answer-template").content.firstElementChild.cloneNode(true);
    thread.append(node);
    const textView = node.querySelector(".answer-text");
    let text = "";
    const view = {
      node: node,
      meta: meta,
      setText(value) { text = value; textView.textContent = value; },
      append(value) { text += value; textView.textContent = text; },
      text() { return text; },
      async done(info) {
        Object.assign(view.meta, info);
        node.querySelector(".ai-meta").textContent =
          "· outil « " + (view.meta.tool || "?") + " » · modèle " + (view.meta.model || "?") + " · " + when(view.meta.at);
        node.querySelector(".answer-actions").hidden = false;
        if (view.meta.verdict) verdictShown(view.meta.verdict);
        if (!text) return;
        try {
          const result = await postJSON("/assistant/highlight", { text: text });
          marked(textView, text, result.marks, (s) => "check kind-" + s.kind);
          const counts = {};
          for (const m of result.marks) counts[m.name] = (counts[m.name] || 0) + 1;
          legend(node.querySelector(".answer-legend"), counts, "kind-");
        } catch (error) { /* the text stays, unmarked */ }
      },
    };
    function verdictShown(label) {
      const done = node.querySelector(".verdict-done");
      done.textContent = "Réponse marquée « " + label + " ».";
      done.hidden = false;
      for (const b of node.querySelectorAll(".verdict")) b.disabled = true;
    }
    for (const button of node.querySelectorAll(".verdict")) {
      button.addEventListener("click", async () => {
        try {
          const result = await postJSON("/assistant/verify", { request_id: view.meta.request_id, verdict: button.dataset.verdict });
          view.meta.verdict = result.label;
          verdictShown(result.label);
          keepLocal();
        } catch (error) { alert(error.message); }
      });
    }
    node.querySelector(".copy").addEventListener("click", async () => {
      const full = text + mention(view.meta);
      try { await navigator.clipboard.writeText(full); }
      catch (e) {
        const area = document.createElement("textarea");
        area.value = full;
        document.body.append(area);
        area.select();
        document.execCommand("copy");
        area.remove();
      }
      node.querySelector(".copy").textContent = "Copié (avec la mention)";
    });
    node.querySelector(".export").addEventListener("click", () => {
      const blob = new Blob([text + mention(view.meta) + "\n"], { type: "text/plain;charset=utf-8" });
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = "reponse-ia.txt";
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    });
    const form = node.querySelector(".incident");
    node.querySelector(".report").addEventListener("click", () => { form.hidden = !form.hidden; });
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      try {
        await postJSON("/assistant/incident", {
          category: form.category.value, comment: form.comment.value, request_id: view.meta.request_id || "",
        });
        form.replaceChildren();
        const ok = document.createElement("p");
        ok.className = "notice ok";
        ok.textContent = "Incident signalé au DPO. Merci.";
        form.append(ok);
      } catch (error) { alert(error.message); }
    });
    return view;
  }

  // -- sending: the answer streams (server-sent events through the gateway's own path) --------------
  sendButton.addEventListener("click", async () => {
    const text = message.value;
    const chosen = tool();
    if (!checkedOk || !chosen) return;
    sendButton.disabled = true;
    const past = history();
    addQuestion(text);
    const view = addAnswer({ tool: chosen.name, model: chosen.alias, at: new Date().toISOString() });
    let response;
    try {
      response = await post("/assistant/send", { tool: chosen.alias, text: text, history: past, conversation: conversation.id });
    } catch (error) {
      view.setText("Envoi impossible : " + error.message);
      return;
    }
    if (!response.ok) {
      const data = await response.json().catch(() => ({}));
      view.setText("Refusé : " + (data.error || "erreur " + response.status));
      view.node.classList.add("refused");
      return;
    }
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    let finished = false;
    while (!finished) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let cut;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const line = buffer.slice(0, cut).trim();
        buffer = buffer.slice(cut + 2);
        if (!line.startsWith("data:")) continue;
        const data = line.slice(5).trim();
        if (data === "[DONE]") { finished = true; break; }
        let event;
        try { event = JSON.parse(data); } catch (e) { continue; }
        if (event.error) { view.append("\n[" + event.error.message + "]"); continue; }
        if (event.egide) Object.assign(view.meta, { request_id: event.egide.request_id, tool: event.egide.tool, model: event.egide.model, action: event.egide.action });
        for (const choice of event.choices || []) {
          if (choice.delta && typeof choice.delta.content === "string") view.append(choice.delta.content);
        }
      }
    }
    if (!conversation.title) conversation.title = text.trim().split("\n")[0].slice(0, 60);
    conversation.messages.push({ role: "user", content: text, meta: {} });
    conversation.messages.push({ role: "assistant", content: view.text(), meta: view.meta });
    message.value = "";
    scheduleCheck();
    keepLocal();
    await view.done({});
    keepLocal();
  });

  // -- explicit save on the server; opening a saved one -------------------------------------------
  $("save-server").addEventListener("click", async () => {
    const status = $("thread-status");
    status.hidden = false;
    if (!conversation.messages.length) {
      status.className = "notice warn";
      status.textContent = "Rien à enregistrer : la conversation est vide.";
      return;
    }
    try {
      const result = await postJSON("/assistant/conversations", {
        id: conversation.serverId || "",
        conversation: { title: conversation.title, messages: conversation.messages },
      });
      conversation.serverId = result.id;
      keepLocal();
      status.className = "notice ok";
      status.textContent = "Conversation enregistrée sur le serveur, chiffrée, pour " + result.retention_days + " jours.";
    } catch (error) {
      status.className = "notice error";
      status.textContent = error.message;
    }
  });
  for (const button of document.querySelectorAll(".open-saved")) {
    button.addEventListener("click", async () => {
      const response = await fetch(base + "/assistant/conversations/" + button.dataset.id, { credentials: "same-origin" });
      const data = await response.json();
      if (!response.ok) { alert(data.error); return; }
      const c = newConversation();
      c.serverId = data.id;
      c.title = data.conversation.title;
      c.messages = data.conversation.messages;
      openConversation(c);
    });
  }
  $("new-conversation").addEventListener("click", () => openConversation(newConversation()));
  renderLocalList();
  scheduleCheck();
})();

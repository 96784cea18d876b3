// Live group discussion: new posts appear without reloading. Without this file the page still
// works, with a link to check for new messages. Posts are added as text, never as HTML.
const list = document.getElementById("posts");

if (list && window.signalR) {
  const groupId = list.dataset.group;
  const topicId = list.dataset.topic;
  const connection = new window.signalR.HubConnectionBuilder().withUrl("/hubs/groups").withAutomaticReconnect().build();

  connection.on("post", (post) => {
    if (post.topicId !== topicId || document.getElementById(`post-${post.id}`)) return;
    const item = document.createElement("li");
    item.className = "app-message";
    item.id = `post-${post.id}`;
    const meta = document.createElement("p");
    meta.className = "nhsuk-body-s nhsuk-u-margin-bottom-1";
    const author = document.createElement("strong");
    author.textContent = post.author;
    meta.append(author);
    if (post.facilitator) {
      const tag = document.createElement("strong");
      tag.className = "nhsuk-tag nhsuk-tag--white";
      tag.textContent = "Facilitator";
      meta.append(" ", tag);
    }
    meta.append(`, ${post.postedAt}`);
    const body = document.createElement("p");
    body.className = "app-pre-line";
    body.textContent = post.body;
    const report = document.createElement("p");
    report.className = "nhsuk-body-s nhsuk-u-margin-bottom-0";
    const link = document.createElement("a");
    link.href = `/groups/${groupId}/discussion/report/${post.id}`;
    const hidden = document.createElement("span");
    hidden.className = "nhsuk-u-visually-hidden";
    hidden.textContent = ` this message from ${post.author}`;
    link.append("Report", hidden);
    report.append(link);
    item.append(meta, body, report);
    list.append(item);
  });

  const watch = () => connection.invoke("Watch", groupId);
  connection.onreconnected(watch);
  connection.start().then(watch).then(() => list.setAttribute("data-live", "true")).catch(() => {
    // No live updates: the "check for new messages" link still works.
  });
}

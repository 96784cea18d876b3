// Used by bench/scale-out.sh: a member's live discussion connection, as the group page opens it.
// node live-watch.js BASE_URL COOKIE GROUP_ID EXPECTED_BODY SECONDS
// Prints "watching" once Watch(group) is granted, then "received <body>" and exits 0 when a post
// with EXPECTED_BODY arrives; exits 1 if Watch is refused, the connection fails, or time runs out.
const signalR = require("@microsoft/signalr");

const [base, cookie, groupId, expected, seconds] = process.argv.slice(2);
const give_up = (why) => { console.log(`failed ${why}`); process.exit(1); };
setTimeout(() => give_up(`no post "${expected}" within ${seconds} s`), Number(seconds) * 1000).unref();

const connection = new signalR.HubConnectionBuilder()
  .withUrl(`${base}/hubs/groups`, { headers: { Cookie: cookie }, transport: signalR.HttpTransportType.WebSockets })
  .configureLogging(signalR.LogLevel.None)
  .build();

let received = false;
connection.on("post", (post) => {
  if (post.body !== expected) return;
  received = true;
  console.log(`received ${post.body} (from ${post.author})`);
  connection.stop().finally(() => process.exit(0));
});
connection.onclose((error) => received || give_up(`connection closed${error ? ": " + error.message : ""}`));

(async () => {
  try {
    await connection.start();
    if (!(await connection.invoke("Watch", groupId))) give_up("Watch was refused");
    console.log("watching");
  } catch (error) {
    give_up(error.message);
  }
})();

'use strict';
// Writes the comparison topic into a NodeBB 1.4 forum through NodeBB's own modules, before the
// forum starts: 30 posts a page (as Alongside's topic page), no load shedding (NodeBB answers 503
// when its event loop lags over 100 ms, which would flatter its requests a second), and one topic
// of POSTS posts of about 300 characters by the admin (uid 1) in the "General Discussion"
// category (cid 2). Prints "TOPIC <slug>" (NodeBB's slug starts with the topic id: "2/week-1-…").
// Usage (from the NodeBB folder): node seed.js <nodebb folder> [posts]
const path = require('path');
const url = require('url');

const forum = path.resolve(process.argv[2]);
const posts = Number(process.argv[3] || 100);
process.chdir(forum);
const from = (m) => require(path.join(forum, m));

const nconf = from('node_modules/nconf');
nconf.file({ file: path.join(forum, 'config.json') });
nconf.defaults({
  base_dir: forum,
  themes_path: path.join(forum, 'node_modules'),
  views_dir: path.join(forum, 'public/templates'),
  version: from('package.json').version,
});
nconf.set('isPrimary', 'true');
nconf.set('isCluster', 'false');
nconf.set('url_parsed', url.parse(nconf.get('url')));

const text = 'Mornings have been easier since we started giving a five-minute warning before shoes and coats. ' +
  'There was still a wobble on Thursday when the school bus was late, but we named it together and ' +
  'it passed. I am trying to remember that the big feelings are not about me, even when they are aimed at me.';
const body = (i) => `${text} (${i + 1})`;

const db = from('src/database');
const fail = (err) => { console.error('seed failed:', err); process.exit(1); };
const call = (fn, ...args) => new Promise((resolve, reject) => fn(...args, (err, value) => (err ? reject(err) : resolve(value))));

db.init(async (err) => {
  if (err) fail(err);
  try {
    const meta = from('src/meta');
    await call(meta.configs.init.bind(meta.configs));
    await call(meta.configs.set.bind(meta.configs), 'postsPerPage', 30);
    await call(meta.configs.set.bind(meta.configs), 'eventLoopCheckEnabled', 0);
    const topics = from('src/topics');
    const first = await call(topics.post.bind(topics), { uid: 1, cid: 2, title: 'Week 1: what helped at home', content: body(0) });
    const { tid, slug } = first.topicData;
    for (let i = 1; i < posts; i++) await call(topics.reply.bind(topics), { uid: 1, tid, content: body(i) });
    console.log(`TOPIC ${slug}`);
    process.exit(0);
  } catch (e) {
    fail(e);
  }
});

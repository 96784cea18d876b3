# Sourced by bench/discussion.sh: a throwaway NodeBB forum (npm `nodebb`, the 1.4.0 this registry
# serves) on Redis, both on loopback, with one seeded topic. The caller sets `data` (a folder
# removed on exit), `nodebb_port` and `redis_port`; afterwards `nodebb_topic` holds the topic's
# address and `nodebb_stop` stops both.
nodebb_start() { # posts
  local forum="$data/nodebb" log="$data/nodebb.log"
  command -v redis-server >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null; }
  mkdir -p "$data/nodebb-install" "$data/redis"
  (cd "$data/nodebb-install" && npm install --no-audit --no-fund --loglevel=error nodebb@1.4.0 >/dev/null)
  redis-server --port "$redis_port" --bind 127.0.0.1 --dir "$data/redis" --save '' --appendonly no \
    --daemonize yes --pidfile "$data/redis.pid" --logfile "$data/redis.log"
  for _ in $(seq 1 20); do redis-cli -p "$redis_port" ping 2>/dev/null | grep -q PONG && break; sleep 0.25; done

  # NodeBB looks for its plugins in its own node_modules, which npm flattened one level up.
  cp -r "$data/nodebb-install/node_modules/nodebb" "$forum"
  ln -s ../nodebb-install/node_modules "$forum/node_modules"
  # The package leaves out the upload folders NodeBB reads at start.
  mkdir -p "$forum"/public/uploads/{sounds,files,system,profile,category}
  # The emoji plugin downloads its images at start, which stops the forum on a machine without internet.
  sed -i "/'nodebb-plugin-emoji-one'/d" "$forum/src/install.js"
  (cd "$forum" && node app --setup "{\"url\":\"http://127.0.0.1:$nodebb_port\",\"secret\":\"bench-$$\",\"database\":\"redis\",
    \"redis:host\":\"127.0.0.1\",\"redis:port\":\"$redis_port\",\"redis:password\":\"\",\"redis:database\":\"0\",
    \"admin:username\":\"admin\",\"admin:password\":\"bench-admin-$$\",\"admin:password:confirm\":\"bench-admin-$$\",\"admin:email\":\"admin@example.org\"}" \
    >"$log" 2>&1) || { tail -20 "$log" >&2; return 1; }
  (cd "$forum" && node -e 'const f="./config.json";const c=require(f);c.bind_address="127.0.0.1";require("fs").writeFileSync(f,JSON.stringify(c,null,4))')
  local seeded seed_script="$PWD/bench/nodebb/seed.js"
  seeded=$(cd "$forum" && node "$seed_script" "$forum" "$1" 2>>"$log" | awk '/^TOPIC / {print $2}')
  [ -n "$seeded" ] || { tail -20 "$log" >&2; return 1; }
  (cd "$forum" && NODE_ENV=production exec node app.js >>"$log" 2>&1) &
  nodebb_pid=$!
  for _ in $(seq 1 120); do curl -fs -o /dev/null "http://127.0.0.1:$nodebb_port/topic/$seeded" && break; sleep 0.5; done
  curl -fs -o /dev/null "http://127.0.0.1:$nodebb_port/topic/$seeded" || { echo "NodeBB does not answer /topic/$seeded" >&2; tail -20 "$log" >&2; return 1; }
  nodebb_topic="/topic/$seeded"
}

nodebb_stop() { # and wait until both have gone: Redis writes its log as it stops, which made removing $data fail
  kill "${nodebb_pid:-}" 2>/dev/null || true
  local redis; redis=$(cat "$data/redis.pid" 2>/dev/null || true)
  [ -n "$redis" ] && kill "$redis" 2>/dev/null || true
  for _ in $(seq 1 40); do
    kill -0 "${nodebb_pid:-}" 2>/dev/null || { [ -n "$redis" ] && kill -0 "$redis" 2>/dev/null; } || break
    sleep 0.25
  done
}

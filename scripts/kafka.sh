#!/usr/bin/env bash
# A real single-node Apache Kafka broker (KRaft: broker and controller in one JVM) for CI and local runs,
# built from Maven Central jars with the JDK, for machines without Docker.
#
#   scripts/kafka.sh start | stop | status
#   scripts/kafka.sh topics ARGS          Kafka's TopicCommand (e.g. --bootstrap-server 127.0.0.1:9092 --list)
#   scripts/kafka.sh perf-producer ARGS   org.apache.kafka.tools.ProducerPerformance
#   scripts/kafka.sh perf-consumer ARGS   org.apache.kafka.tools.ConsumerPerformance
#
# Environment:
#   KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093)  listeners, both on 127.0.0.1
#   KAFKA_DATA_DIR (.kafka/node-1)   config, KRaft storage, pid and log; another folder and other ports
#                                    give a second, independent broker
#   KAFKA_HEAP_OPTS (-Xms128m -Xmx384m), KAFKA_START_TIMEOUT (90 s), KAFKA_STOP_TIMEOUT (30 s)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TEMPLATES=$ROOT/scripts/kafka
LIB_DIR=$ROOT/.kafka/lib
DATA_DIR=$(realpath -m "${KAFKA_DATA_DIR:-$ROOT/.kafka/node-1}")
PORT=${KAFKA_PORT:-9092}
CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}
HEAP_OPTS=${KAFKA_HEAP_OPTS:--Xms128m -Xmx384m}
START_TIMEOUT=${KAFKA_START_TIMEOUT:-90}
STOP_TIMEOUT=${KAFKA_STOP_TIMEOUT:-30}

PROPERTIES=$DATA_DIR/server.properties
PID_FILE=$DATA_DIR/broker.pid
LOG_FILE=$DATA_DIR/broker.log
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
BROKER_JVM_OPTS=(-server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35
  -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true)
TOOL_JVM_OPTS=(-Xmx256m -XX:+UseG1GC -Djava.awt.headless=true
  "-Dlog4j.configuration=file:$TEMPLATES/tools-log4j.properties")

say() { echo "kafka: $*" >&2; }
die() {
  say "$*"
  exit 1
}

require_tools() {
  command -v "$JAVA" >/dev/null || die "java not found (install a JDK 17 or set JAVA_HOME)"
  command -v mvn >/dev/null || die "mvn not found (install Maven 3)"
}

# The jars are copied from the Maven cache (~/.m2) into .kafka/lib; Maven runs again only when the pom changes,
# and then downloads only what ~/.m2 lacks. The lock keeps two brokers starting at once from racing here.
ensure_jars() {
  mkdir -p "$ROOT/.kafka"
  exec 9>"$ROOT/.kafka/lib.lock"
  flock 9
  local wanted staging
  wanted=$(sha256sum "$TEMPLATES/pom.xml" | cut -d' ' -f1)
  if [[ -f $LIB_DIR/.pom.sha256 && $(<"$LIB_DIR/.pom.sha256") == "$wanted" ]]; then
    flock -u 9
    return
  fi
  say "resolving the broker's jars with Maven into $LIB_DIR"
  staging=$(mktemp -d "$ROOT/.kafka/lib.XXXXXX")
  if ! mvn -B -f "$TEMPLATES/pom.xml" dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$staging" >"$ROOT/.kafka/maven.log" 2>&1; then
    rm -rf "$staging"
    tail -n 30 "$ROOT/.kafka/maven.log" >&2
    die "Maven could not resolve the jars listed in $TEMPLATES/pom.xml; full output in $ROOT/.kafka/maven.log"
  fi
  echo "$wanted" >"$staging/.pom.sha256"
  rm -rf "$LIB_DIR"
  mv "$staging" "$LIB_DIR"
  flock -u 9
}

run_tool() {
  ensure_jars
  "$JAVA" "${TOOL_JVM_OPTS[@]}" -cp "$LIB_DIR/*" "$@"
}

# Prints the pid of this data folder's broker if it runs; the command line check guards against pid reuse.
running_pid() {
  [[ -f $PID_FILE ]] || return 1
  local pid
  pid=$(<"$PID_FILE")
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "kafka.Kafka $PROPERTIES" || return 1
  echo "$pid"
}

configured_listener() {
  grep -E '^advertised.listeners=' "$PROPERTIES" 2>/dev/null | cut -d= -f2- || true
}

port_in_use() {
  (: </dev/tcp/127.0.0.1/"$1") 2>/dev/null
}

# Kafka cluster ids are 16 random bytes in URL-safe base64 without padding; one starting with '-' would be
# read as a command-line flag, so Kafka never makes one and neither do we.
new_cluster_id() {
  local id
  while id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '='); [[ $id == -* ]]; do :; done
  echo "$id"
}

render_config() {
  mkdir -p "$DATA_DIR"
  sed -e "s|@PORT@|$PORT|g" -e "s|@CONTROLLER_PORT@|$CONTROLLER_PORT|g" -e "s|@LOG_DIRS@|$DATA_DIR/kraft-logs|g" \
    "$TEMPLATES/server.properties.template" >"$PROPERTIES"
  printf '%s\n' 'request.timeout.ms=5000' 'default.api.timeout.ms=10000' >"$DATA_DIR/probe.properties"
}

format_storage_once() {
  [[ -f $DATA_DIR/kraft-logs/meta.properties ]] && return
  local cluster_id
  cluster_id=$(new_cluster_id)
  say "formatting KRaft storage in $DATA_DIR/kraft-logs (cluster id $cluster_id)"
  run_tool kafka.tools.StorageTool format --cluster-id "$cluster_id" --config "$PROPERTIES" >>"$LOG_FILE" 2>&1 ||
    die "formatting the storage failed; see $LOG_FILE"
}

# A broker that did not come up in time is stopped, so a failed start leaves nothing running behind.
fail_start() {
  local pid=$1 reason=$2
  say "$reason"
  say "last lines of $LOG_FILE:"
  tail -n 40 "$LOG_FILE" >&2 || true
  if kill -0 "$pid" 2>/dev/null; then terminate "$pid"; fi
  rm -f "$PID_FILE"
  exit 1
}

# Ready means a client gets a metadata answer (a topic listing), not merely that the port accepts.
wait_until_ready() {
  local pid=$1 deadline=$((SECONDS + START_TIMEOUT)) probe_output
  while ((SECONDS < deadline)); do
    kill -0 "$pid" 2>/dev/null || fail_start "$pid" "the broker exited while starting"
    if port_in_use "$PORT" && probe_output=$(run_tool org.apache.kafka.tools.TopicCommand \
      --bootstrap-server "127.0.0.1:$PORT" --command-config "$DATA_DIR/probe.properties" --list 2>&1); then
      return
    fi
    sleep 0.5
  done
  say "last probe said: ${probe_output:-nothing (port $PORT never accepted a connection)}"
  fail_start "$pid" "the broker did not answer within ${START_TIMEOUT}s"
}

start() {
  local pid
  if pid=$(running_pid); then
    say "already running (pid $pid) at $(configured_listener), data in $DATA_DIR"
    return
  fi
  require_tools
  local started_at=$SECONDS port
  ensure_jars
  for port in "$PORT" "$CONTROLLER_PORT"; do
    if port_in_use "$port"; then
      die "port $port is taken; choose others with KAFKA_PORT and KAFKA_CONTROLLER_PORT"
    fi
  done
  render_config
  # One log per run, the previous kept, so the tail shown on failure belongs to this run.
  if [[ -f $LOG_FILE ]]; then mv "$LOG_FILE" "$LOG_FILE.previous"; fi
  format_storage_once
  # shellcheck disable=SC2086 # KAFKA_HEAP_OPTS holds several JVM flags
  nohup "$JAVA" $HEAP_OPTS "${BROKER_JVM_OPTS[@]}" "-Dlog4j.configuration=file:$TEMPLATES/log4j.properties" \
    -cp "$LIB_DIR/*" kafka.Kafka "$PROPERTIES" >>"$LOG_FILE" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$PID_FILE"
  wait_until_ready "$pid"
  say "started (pid $pid) at PLAINTEXT://127.0.0.1:$PORT in $((SECONDS - started_at))s, log $LOG_FILE"
}

stop() {
  local pid
  if ! pid=$(running_pid); then
    rm -f "$PID_FILE"
    say "not running (data in $DATA_DIR)"
    return
  fi
  terminate "$pid"
  rm -f "$PID_FILE"
  say "stopped (pid $pid)"
}

terminate() {
  local pid=$1 deadline=$((SECONDS + STOP_TIMEOUT))
  kill -TERM "$pid"
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
  if kill -0 "$pid" 2>/dev/null; then
    say "no clean shutdown within ${STOP_TIMEOUT}s; killing pid $pid"
    kill -KILL "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  fi
}

status() {
  local pid
  if pid=$(running_pid); then
    echo "running (pid $pid) at $(configured_listener), data in $DATA_DIR"
  else
    echo "not running (data in $DATA_DIR)"
    return 3
  fi
}

command=${1:-}
(($# > 0)) && shift
case $command in
start) start ;;
stop) stop ;;
status) status ;;
topics) require_tools && run_tool org.apache.kafka.tools.TopicCommand "$@" ;;
perf-producer) require_tools && run_tool org.apache.kafka.tools.ProducerPerformance "$@" ;;
perf-consumer) require_tools && run_tool org.apache.kafka.tools.ConsumerPerformance "$@" ;;
*)
  sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
  ;;
esac

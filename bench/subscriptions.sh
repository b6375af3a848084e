#!/usr/bin/env bash
# The subscription benchmark: builds in Release, then opens graphql-transport-ws subscriptions on a gateway fed by the
# simulator's Notifications API, drives a steady rate of changes and prints the figures. Options: bash bench/subscriptions.sh --help.
exec bash "$(dirname "$0")/run.sh" subscriptions "$@"

-- Seat registrations for wrk: each request is one signed-in person (a random line of the people file: their cookies,
-- a tab, their antiforgery token, URL-encoded) asking for a seat at a random consultation (a line of the URL file:
-- /consultations/SLUG/register). The token belongs to the person, not to the form, so one serves every consultation.
-- Usage: wrk -s registration.lua URL -- PEOPLE_FILE URLS_FILE
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

local function lines(path)
  local list = {}
  for line in io.lines(path) do
    if #line > 0 then table.insert(list, line) end
  end
  return list
end

function init(args)
  people = {}
  for _, line in ipairs(lines(args[1])) do
    local tab = string.find(line, "\t", 1, true)
    table.insert(people, { cookie = string.sub(line, 1, tab - 1), token = string.sub(line, tab + 1) })
  end
  paths = lines(args[2])
  math.randomseed(os.time() * 100 + id)
  s2, s3, s4, s5 = 0, 0, 0, 0
end

function request()
  local person = people[math.random(#people)]
  local path = paths[math.random(#paths)]
  return wrk.format("POST", path, {
    ["Cookie"] = person.cookie,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, "__RequestVerificationToken=" .. person.token)
end

function response(status, headers, body)
  if status >= 500 then s5 = s5 + 1
  elseif status >= 400 then s4 = s4 + 1
  elseif status >= 300 then s3 = s3 + 1
  else s2 = s2 + 1 end
end

function done(summary, latency, requests)
  local totals = { s2xx = 0, s3xx = 0, s4xx = 0, s5xx = 0 }
  for _, thread in ipairs(threads) do
    totals.s2xx = totals.s2xx + thread:get("s2")
    totals.s3xx = totals.s3xx + thread:get("s3")
    totals.s4xx = totals.s4xx + thread:get("s4")
    totals.s5xx = totals.s5xx + thread:get("s5")
  end
  for _, name in ipairs({ "s2xx", "s3xx", "s4xx", "s5xx" }) do
    io.write(string.format("script %s: %d\n", name, totals[name]))
  end
end

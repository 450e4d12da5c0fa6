-- wrk: GET the page as one signed-in bench resident after another (their sessions made by bench/run.py).
local sessions = {}
for line in io.lines(os.getenv("CYD_SESSIONS")) do sessions[#sessions + 1] = line end
local csrf_cookie = os.getenv("CYD_CSRF_COOKIE")
local rendered = os.getenv("CYD_RENDERED") == "1"
local n = 0

request = function()
  n = n + 1
  local who = (n % #sessions) + 1
  local path = rendered and (wrk.path .. (string.find(wrk.path, "?", 1, true) and "&" or "?") .. "bench=" .. n) or nil
  return wrk.format("GET", path, { ["Cookie"] = "cyd_session=" .. sessions[who] .. "; cyd_csrf=" .. csrf_cookie,
    ["X-Forwarded-For"] = "10.202." .. math.floor(who / 250) .. "." .. (1 + who % 250) })
end

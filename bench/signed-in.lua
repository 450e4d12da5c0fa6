-- wrk: GET the page as one signed-in bench resident after another (their sessions made by bench/run.py).
local sessions = {}
for line in io.lines(os.getenv("CYD_SESSIONS")) do sessions[#sessions + 1] = line end
local csrf_cookie = os.getenv("CYD_CSRF_COOKIE")
local n = 0

request = function()
  n = n + 1
  local who = (n % #sessions) + 1
  return wrk.format("GET", nil, { ["Cookie"] = "cyd_session=" .. sessions[who] .. "; cyd_csrf=" .. csrf_cookie,
    ["X-Forwarded-For"] = "10.202." .. math.floor(who / 250) .. "." .. (1 + who % 250) })
end

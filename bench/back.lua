-- wrk: signed-in bench residents back an idea and take the backing back, in turn, as fast as Cyd lets them.
-- CYD_HOT set: every resident backs that one idea (the hot-row case); unset: each request goes to the next of the
-- ideas in CYD_IDEAS. A resident's next request is sent only after as many others as there are residents, so with
-- fewer connections than residents nobody has two in flight at once. Each comes from their own address, so the
-- per-address limit (ten people's worth an hour) sees a crowd, not one machine.
local sessions, ideas = {}, {}
for line in io.lines(os.getenv("CYD_SESSIONS")) do sessions[#sessions + 1] = line end
for line in io.lines(os.getenv("CYD_IDEAS")) do ideas[#ideas + 1] = line end
local hot = os.getenv("CYD_HOT")
local slug = os.getenv("CYD_SLUG")
local csrf, csrf_cookie = os.getenv("CYD_CSRF"), os.getenv("CYD_CSRF_COOKIE")
local backed, target = {}, {}
local n = 0

request = function()
  n = n + 1
  local who = (n % #sessions) + 1
  local idea = target[who]
  if idea == nil or not backed[who] then
    idea = hot or ideas[(n % #ideas) + 1]
    target[who] = idea
  end
  local action = backed[who] and "withdraw" or "back"
  backed[who] = not backed[who]
  return wrk.format("POST", "/en/" .. slug .. "/ideas/" .. idea .. "/" .. action, {
    ["Cookie"] = "cyd_session=" .. sessions[who] .. "; cyd_csrf=" .. csrf_cookie,
    ["Content-Type"] = "application/x-www-form-urlencoded",
    -- each resident from their own address, as a crowd is (Cyd believes X-Forwarded-For from loopback)
    ["X-Forwarded-For"] = "10.202." .. math.floor(who / 250) .. "." .. (1 + who % 250),
  }, "csrf=" .. csrf)
end
